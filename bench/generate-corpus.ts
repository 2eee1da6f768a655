import { cp, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseTaxonomy } from '../lib/ingest/seed-syntax';
import { readFile } from 'node:fs/promises';

/**
 * A synthetic seed folder of `count` insurers for scale benchmarks: the real taxonomy and topic
 * guide, one generated plain-text policy per insurer, and a valid annotation for every topic.
 */
export async function generateCorpus(count: number, dir: string, seedsDir = path.join(process.cwd(), 'seeds')): Promise<void> {
  await mkdir(path.join(dir, 'policies'), { recursive: true });
  await mkdir(path.join(dir, 'annotations'), { recursive: true });
  await cp(path.join(seedsDir, 'taxonomy.md'), path.join(dir, 'taxonomy.md'));
  await cp(path.join(seedsDir, 'topic-guide.yaml'), path.join(dir, 'topic-guide.yaml'));
  const taxonomy = parseTaxonomy({ path: 'taxonomy.md', text: await readFile(path.join(seedsDir, 'taxonomy.md'), 'utf8') });
  const insurers: string[] = ['insurers:'];
  for (let n = 1; n <= count; n += 1) {
    const slug = `synthetic-insurer-${n}`;
    const file = `policies/${slug}.txt`;
    const lines = [`Synthetic Insurer ${n} Privacy Policy`];
    const annotation = [`insurer: ${slug}`, 'practices:'];
    taxonomy.forEach((t, i) => {
      const heading = `Practice ${i + 1} of insurer ${n}`;
      const sentence = `Synthetic Insurer ${n} states its practice number ${i + 1} about ${t.slug} in this sentence.`;
      lines.push(heading, sentence, `A second paragraph ${i + 1} describes further details for insurer ${n}.`, `• bullet ${i + 1} for insurer ${n}`);
      const stance = t.stances[(n + i) % t.stances.length]!;
      annotation.push(`  ${t.slug}:`, `    stance: ${stance}`, `    summary: "Synthetic summary of ${t.slug} for insurer ${n}."`);
      if (stance === 'not-addressed') annotation.push('    citations: []');
      else annotation.push('    citations:', `      - clause: practice-${i + 1}-of-insurer-${n}-1`, `        quote: "states its practice number ${i + 1} about ${t.slug}"`);
    });
    await writeFile(path.join(dir, file), lines.join('\n') + '\n');
    await writeFile(path.join(dir, 'annotations', `${slug}.yaml`), annotation.join('\n') + '\n');
    insurers.push(`  - slug: ${slug}`, `    name: Synthetic Insurer ${n}`, '    state: MA', `    file: ${file}`, '    format: text', '    title: Privacy Policy');
  }
  await writeFile(path.join(dir, 'insurers.yaml'), insurers.join('\n') + '\n');
}
