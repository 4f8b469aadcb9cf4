// The documents of a commendation round as pure builders from plain data (no database): proposal
// letter, council minutes, award decision with its list, certificates, payment list; DOCX and PDF.
export type * from './types.js';
export * from './defaults.js';
export {
  attachedNote,
  awardPhrase,
  countText,
  groupByAward,
  percentText,
  sortEntries,
  subjectCounts,
  totalAmount,
  type AwardGroup,
} from './common.js';
export {
  buildProposalDocx,
  buildProposalPdf,
  proposalDocument,
  proposalListRows,
  proposalSummary,
  PROPOSAL_LIST_COLUMNS,
  PROPOSAL_SYMBOL,
} from './proposal.js';
export {
  attendance,
  ballotOutcome,
  ballotTable,
  buildMinutesDocx,
  buildMinutesPdf,
  minutesDocument,
  thresholdText,
  timeText,
  BALLOT_COLUMNS,
  MINUTES_SYMBOL,
  type BallotOutcome,
} from './minutes.js';
export {
  awardVerb,
  buildDecisionDocx,
  buildDecisionPdf,
  decisionDocument,
  decisionListRows,
  totalSentence,
  DECISION_LIST_COLUMNS,
  DECISION_SYMBOL,
} from './decision.js';
export {
  borderCanvas,
  buildCertificateDocx,
  buildCertificatePdf,
  buildCertificatesDocx,
  buildCertificatesPdf,
  certificateLayout,
  certificateTexts,
  printedFields,
  BORDER_GOLD,
  CERTIFICATE_FIELDS,
  CERTIFICATE_PAGE_MM,
  CERTIFICATE_RED,
  DEFAULT_CERTIFICATE_LAYOUT,
  VARIABLE_FIELDS,
} from './certificate.js';
export {
  buildPaymentListDocx,
  buildPaymentListPdf,
  paymentListDocument,
  paymentRows,
  PAYMENT_COLUMNS,
} from './payment-list.js';
