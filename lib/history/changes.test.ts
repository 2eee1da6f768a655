import { describe, expect, it } from 'vitest';
import { changeDirection, changeNote, changesRoute, singleChoiceFilter } from './changes';

const known = { topics: new Set(['dnt', 'cookies']), insurers: new Set(['aetna', 'any-insurer']) };

describe('where a filtered /changes address is rendered', () => {
  it('one choice each: its own canonical page, kept once rendered', () => {
    expect(changesRoute({ topics: ['dnt'], insurers: [], direction: null })).toBe('/changes/only/dnt/any/any');
    expect(changesRoute({ topics: [], insurers: ['aetna'], direction: 'more-exposure' })).toBe('/changes/only/any/aetna/more-exposure');
  });
  it('several of one kind: rendered per request; nothing known: the unfiltered page', () => {
    expect(changesRoute({ topics: ['dnt', 'cookies'], insurers: [], direction: null })).toBe('/changes/filtered');
    expect(changesRoute({ topics: [], insurers: [], direction: null })).toBe('/changes');
  });
  it('reads a canonical address back, and refuses one naming anything unknown', () => {
    expect(singleChoiceFilter({ topic: 'dnt', insurer: 'any', direction: 'any' }, known)).toEqual({ topics: ['dnt'], insurers: [], direction: null });
    expect(singleChoiceFilter({ topic: 'any', insurer: 'aetna', direction: 'less-exposure' }, known)).toEqual({ topics: [], insurers: ['aetna'], direction: 'less-exposure' });
    for (const bad of [{ topic: 'nope', insurer: 'any', direction: 'any' }, { topic: 'any', insurer: 'nobody', direction: 'any' }, { topic: 'any', insurer: 'any', direction: 'sideways' }])
      expect(singleChoiceFilter(bad, known), JSON.stringify(bad)).toBeNull();
  });
});

describe('a change of stance in words', () => {
  it('has a direction only between two stated tones, and says which kind of unclear it is otherwise', () => {
    expect([changeDirection('caution', 'concern'), changeNote('caution', 'concern')]).toEqual(['more-exposure', 'toward more exposure']);
    expect([changeDirection('concern', 'good'), changeNote('concern', 'good')]).toEqual(['less-exposure', 'toward less exposure']);
    expect([changeDirection('unknown', 'good'), changeNote('unknown', 'good')]).toEqual(['unclear', 'newly addressed']);
    expect([changeDirection('caution', 'unknown'), changeNote('caution', 'unknown')]).toEqual(['unclear', 'no longer addressed']);
    expect([changeDirection('caution', 'caution'), changeNote('caution', 'caution')]).toEqual(['unclear', 'no change in exposure']);
  });
});
