// Renders every document of the sample round to PNG pages under .tmp/documents-render/ for a
// person to look at: the DOCX through LibreOffice (converted to PDF, then pdftoppm) and our own
// PDFs through pdftoppm. Skipped when LibreOffice or pdftoppm is not installed.
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { convertWithSoffice, PDFTOPPM, pdfPageCount, renderPdfPages, SOFFICE } from '../pdf/inspect.js';
import {
  buildCertificatesDocx,
  buildCertificatesPdf,
  buildDecisionDocx,
  buildDecisionPdf,
  buildMinutesDocx,
  buildMinutesPdf,
  buildPaymentListDocx,
  buildPaymentListPdf,
  buildProposalDocx,
  buildProposalPdf,
} from './index.js';
import { sampleRound } from '../../cli/document-sample.js';

const OUT = fileURLToPath(new URL('../../../.tmp/documents-render/', import.meta.url));
const tools = existsSync(SOFFICE) && existsSync(PDFTOPPM);

describe.skipIf(!tools)('rendered pages (LibreOffice, pdftoppm)', () => {
  it('converts one DOCX of each kind with LibreOffice and renders it and our PDFs to PNG', async () => {
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
    const r = sampleRound();
    const certs = r.certificates.slice(0, 3);
    const docs: [string, Uint8Array, Uint8Array][] = [
      ['proposal', await buildProposalDocx(r.proposal), await buildProposalPdf(r.proposal)],
      ['minutes', await buildMinutesDocx(r.minutes), await buildMinutesPdf(r.minutes)],
      ['decision', await buildDecisionDocx(r.decision), await buildDecisionPdf(r.decision)],
      ['certificate', await buildCertificatesDocx(certs), await buildCertificatesPdf(certs)],
      [
        'certificate-blank',
        await buildCertificatesDocx(certs.slice(0, 1), { mode: 'blank' }),
        await buildCertificatesPdf(certs.slice(0, 1), { mode: 'blank' }),
      ],
      ['payment-list', await buildPaymentListDocx(r.payment), await buildPaymentListPdf(r.payment)],
    ];
    for (const [name, docx, pdf] of docs) {
      writeFileSync(`${OUT}${name}.docx`, docx);
      writeFileSync(`${OUT}${name}.pdfmake.pdf`, pdf);
      renderPdfPages(`${OUT}${name}.pdfmake.pdf`, `${OUT}${name}.pdfmake`, { last: 3 });
      const converted = convertWithSoffice(`${OUT}${name}.docx`, OUT, `${OUT}lo-profile`);
      const loPdf = `${OUT}${name}.lo.pdf`;
      writeFileSync(loPdf, new Uint8Array(await import('node:fs').then((fs) => fs.readFileSync(converted))));
      renderPdfPages(loPdf, `${OUT}${name}.lo`, { last: 3 });
      const pages = pdfPageCount(await import('node:fs').then((fs) => new Uint8Array(fs.readFileSync(loPdf))));
      if (name === 'certificate') expect(pages).toBe(3);
      if (name === 'certificate-blank') expect(pages).toBe(1);
      expect(pages).toBeGreaterThan(0);
    }
    const pngs = readdirSync(OUT).filter((f) => f.endsWith('.png'));
    for (const [name] of docs) {
      expect(pngs.some((f) => f.startsWith(`${name}.lo-`))).toBe(true);
      expect(pngs.some((f) => f.startsWith(`${name}.pdfmake-`))).toBe(true);
    }
    expect(pngs.every((f) => statSync(`${OUT}${f}`).size > 5_000)).toBe(true);
  }, 180_000);
});
