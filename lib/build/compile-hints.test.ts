import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addCompileHints, COMPILE_HINT, CompileHintError } from './compile-hints';

let dist: string;
const chunk = (name: string) => path.join(dist, 'static', 'chunks', name);

beforeEach(async () => {
  dist = await mkdtemp(path.join(tmpdir(), 'compile-hints-'));
  await mkdir(path.join(dist, 'static', 'chunks', 'pages'), { recursive: true });
  await writeFile(path.join(dist, 'build-manifest.json'), JSON.stringify({ polyfillFiles: ['static/chunks/polyfills.js'], rootMainFiles: ['static/chunks/main.js'] }));
  await writeFile(chunk('main.js'), '"use strict";(globalThis.TURBOPACK||=[]).push([]);');
  await writeFile(chunk('polyfills.js'), 'Array.prototype.flat||0;');
  await writeFile(chunk('pages/page.js'), 'console.log(1);');
  await writeFile(chunk('site.css'), 'body{margin:0}');
});
afterEach(() => rm(dist, { recursive: true, force: true }));

describe('addCompileHints', () => {
  it('puts the hint on top of every script chunk but the polyfills, and leaves the rest of each file as built', async () => {
    const { hinted } = await addCompileHints(dist);
    expect(hinted.map((f) => path.relative(dist, f)).sort()).toEqual([path.join('static', 'chunks', 'main.js'), path.join('static', 'chunks', 'pages', 'page.js')]);
    expect(await readFile(chunk('main.js'), 'utf8')).toBe(`${COMPILE_HINT}"use strict";(globalThis.TURBOPACK||=[]).push([]);`);
    expect(await readFile(chunk('pages/page.js'), 'utf8')).toBe(`${COMPILE_HINT}console.log(1);`);
    expect(await readFile(chunk('polyfills.js'), 'utf8')).toBe('Array.prototype.flat||0;');
    expect(await readFile(chunk('site.css'), 'utf8')).toBe('body{margin:0}');
  });

  it('changes nothing when run a second time', async () => {
    await addCompileHints(dist);
    const again = await addCompileHints(dist);
    expect(again.hinted).toEqual([]);
    expect(again.alreadyHinted).toHaveLength(2);
    expect(await readFile(chunk('main.js'), 'utf8')).toBe(`${COMPILE_HINT}"use strict";(globalThis.TURBOPACK||=[]).push([]);`);
  });

  it('names the manifest when there is no build, or when it lacks the polyfill list', async () => {
    await rm(path.join(dist, 'build-manifest.json'));
    await expect(addCompileHints(dist)).rejects.toThrow(new CompileHintError(path.join(dist, 'build-manifest.json'), 'not found: run `next build` first'));
    await writeFile(path.join(dist, 'build-manifest.json'), JSON.stringify({ rootMainFiles: [] }));
    await expect(addCompileHints(dist)).rejects.toThrow(/build-manifest\.json: field polyfillFiles/);
    expect(await readFile(chunk('main.js'), 'utf8')).not.toContain(COMPILE_HINT);
  });
});
