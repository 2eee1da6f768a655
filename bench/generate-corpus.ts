import { cp, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseTaxonomy } from '../lib/ingest/seed-syntax';
import { readFile } from 'node:fs/promises';

/**
 * A synthetic seed folder of `count` insurers for scale benchmarks: the real taxonomy and topic
 * guide, one generated plain-text policy per insurer (every `olderEvery`-th insurer also has an older
 * version, whose stance on the first topic differs), and a reviewed reading of every version.
 */
export async function generateCorpus(count: number, dir: string, seedsDir = path.join(process.cwd(), 'seeds'), olderEvery = 5): Promise<void> {
  await mkdir(path.join(dir, 'policies'), { recursive: true });
  await mkdir(path.join(dir, 'annotations'), { recursive: true });
  await cp(path.join(seedsDir, 'taxonomy.md'), path.join(dir, 'taxonomy.md'));
  await cp(path.join(seedsDir, 'topic-guide.yaml'), path.join(dir, 'topic-guide.yaml'));
  const taxonomy = parseTaxonomy({ path: 'taxonomy.md', text: await readFile(path.join(seedsDir, 'taxonomy.md'), 'utf8') });
  const insurers: string[] = ['insurers:'];
  for (let n = 1; n <= count; n += 1) {
    const slug = `synthetic-insurer-${n}`;
    const annotation = [`insurer: ${slug}`, 'versions:'];
    insurers.push(`  - slug: ${slug}`, `    name: Synthetic Insurer ${n}`, '    kind: insurer', '    state: MA', '    versions:');
    const dates = n % olderEvery === 0 ? ['2015-06-01', '2020-06-01'] : ['2020-06-01'];
    for (const [vi, date] of dates.entries()) {
      const file = `policies/${slug}/${date}.txt`;
      const lines = [`Synthetic Insurer ${n} Privacy Policy`];
      annotation.push(`  "${date}":`);
      taxonomy.forEach((t, i) => {
        const heading = `Practice ${i + 1} of insurer ${n}`;
        const sentence = `Synthetic Insurer ${n} states its practice number ${i + 1} about ${t.slug} in this sentence.`;
        lines.push(heading, sentence, `A second paragraph ${i + 1} describes further details for insurer ${n}.`, `• bullet ${i + 1} for insurer ${n}`);
        // An older version reads the first topic differently, so the history has a change.
        const shift = vi === 0 && dates.length > 1 && i === 0 ? 1 : 0;
        const stance = t.stances[(n + i + shift) % t.stances.length]!;
        annotation.push(`    ${t.slug}:`, `      stance: ${stance}`, '      review: reviewed', `      summary: "Synthetic Insurer ${n} states a synthetic practice on ${t.slug}."`);
        if (stance === 'not-addressed') annotation.push('      citations: []');
        else annotation.push('      citations:', `        - clause: practice-${i + 1}-of-insurer-${n}-1`, `          quote: "states its practice number ${i + 1} about ${t.slug}"`);
      });
      await mkdir(path.join(dir, 'policies', slug), { recursive: true });
      await writeFile(path.join(dir, file), lines.join('\n') + '\n');
      insurers.push(`      - file: ${file}`, '        format: text', '        title: Privacy Policy', `        collectedOn: "${date}"`);
    }
    await writeFile(path.join(dir, 'annotations', `${slug}.yaml`), annotation.join('\n') + '\n');
  }
  await writeFile(path.join(dir, 'insurers.yaml'), insurers.join('\n') + '\n');
}
