// Document generation benchmark (not a test: it measures and prints, it asserts nothing).
//
//   npx tsx bench/documents.bench.ts
//
// 1. 1,000 certificates from the demo data (src/demo, in memory) as one batch: one DOCX
//    (a landscape section per certificate) and one PDF (a page each), with the progress callback.
//    Target: under 30 s for the batch. Baseline in the same run: one certificate alone (its time
//    × 1,000 is what printing them one file at a time would cost).
// 2. A decision with a 1,000-row attached list (DOCX and PDF).
// Settings (environment): BENCH_CERTIFICATES (1000), BENCH_ROWS (1000), BENCH_REPEAT (1).
import os from 'node:os';
import { mkdirSync, writeFileSync } from 'node:fs';
import {
  buildCertificateDocx,
  buildCertificatePdf,
  buildCertificatesDocx,
  buildCertificatesPdf,
  buildDecisionDocx,
  buildDecisionPdf,
} from '../src/documents/commendation/index.js';
import { sampleAwardees, sampleCertificates, sampleRound } from '../src/cli/document-sample.js';
import { generateDemoDataset } from '../src/demo/generate.js';

const int = (name: string, fallback: number) => {
  const v = process.env[name];
  const n = v === undefined || v === '' ? fallback : Number(v);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a whole number ≥ 1, got ${JSON.stringify(v)}`);
  return n;
};
const CERTS = int('BENCH_CERTIFICATES', 1000);
const ROWS = int('BENCH_ROWS', 1000);
const REPEAT = int('BENCH_REPEAT', 1);
const OUT = new URL('./out/', import.meta.url);

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

async function time<T>(label: string, f: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t = performance.now();
  const value = await f();
  const ms = performance.now() - t;
  console.log(`  ${label}: ${s(ms)}`);
  return { ms, value };
}

async function main() {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log(
    `Documents benchmark — ${new Date().toISOString()} · Node ${process.version} · ${os.cpus().length} CPU (${cpu}) · ${Math.round(os.totalmem() / 2 ** 30)} GiB · load average ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );
  mkdirSync(OUT, { recursive: true });
  const data = generateDemoDataset();
  const certs = sampleCertificates(CERTS, data);
  const decision = { ...sampleRound(data).decision, awardees: sampleAwardees(ROWS, data) };

  console.log('\n» Warm-up (one certificate, one 20-row decision; fonts loaded, code compiled)');
  await buildCertificateDocx(certs[0]);
  await buildCertificatePdf(certs[0]);
  await buildDecisionPdf({ ...decision, awardees: decision.awardees.slice(0, 20) });

  console.log('\n» Baseline: one certificate alone (median of 5)');
  const single = async (f: () => Promise<unknown>) => {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      await f();
      times.push(performance.now() - t);
    }
    return times.sort((a, b) => a - b)[2];
  };
  const oneDocx = await single(() => buildCertificateDocx(certs[1]));
  const onePdf = await single(() => buildCertificatePdf(certs[1]));
  console.log(`  DOCX ${oneDocx.toFixed(1)} ms, PDF ${onePdf.toFixed(1)} ms`);

  for (let round = 1; round <= REPEAT; round++) {
    console.log(`\n» Round ${round}: ${CERTS.toLocaleString('en')} certificates as one batch`);
    let last = 0;
    const progress = (done: number, total: number) => {
      if (done - last >= total / 4 || done === total) {
        last = done;
        process.stdout.write(`    … ${done}/${total}\n`);
      }
    };
    const docx = await time('DOCX batch', () => buildCertificatesDocx(certs, { onProgress: progress }));
    last = 0;
    const pdf = await time('PDF batch', () => buildCertificatesPdf(certs, { onProgress: progress }));
    writeFileSync(new URL('certificates.docx', OUT), docx.value);
    writeFileSync(new URL('certificates.pdf', OUT), pdf.value);
    console.log(
      `  per certificate: DOCX ${(docx.ms / CERTS).toFixed(2)} ms (alone ${oneDocx.toFixed(1)} ms, ${(oneDocx / (docx.ms / CERTS)).toFixed(1)}×), PDF ${(pdf.ms / CERTS).toFixed(2)} ms (alone ${onePdf.toFixed(1)} ms, ${(onePdf / (pdf.ms / CERTS)).toFixed(1)}×); sizes DOCX ${mb(docx.value.length)}, PDF ${mb(pdf.value.length)}; DOCX + PDF ${s(docx.ms + pdf.ms)} (target < 30 s)`,
    );

    console.log(`\n» Round ${round}: decision with a ${ROWS.toLocaleString('en')}-row list`);
    const dDocx = await time('DOCX', () => buildDecisionDocx(decision));
    const dPdf = await time('PDF', () => buildDecisionPdf(decision));
    writeFileSync(new URL('decision-list.docx', OUT), dDocx.value);
    writeFileSync(new URL('decision-list.pdf', OUT), dPdf.value);
    console.log(
      `  per row: DOCX ${(dDocx.ms / ROWS).toFixed(2)} ms, PDF ${(dPdf.ms / ROWS).toFixed(2)} ms; sizes DOCX ${mb(dDocx.value.length)}, PDF ${mb(dPdf.value.length)}`,
    );
  }
  console.log(`\nFiles in ${OUT.pathname} · peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}`);
}

await main();
