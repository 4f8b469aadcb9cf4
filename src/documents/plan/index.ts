// The yearly TĐKT plan as a DOCX in the official layout (NĐ 30/2020), and the plain text of a DOCX
// for tests and checks.
export {
  buildPlanDocx,
  buildPlanPdf,
  planDocument,
  planTaskRows,
  planTaskTable,
  taskSectionIndex,
  taskTime,
  groupHeading,
  TASK_COLUMNS,
  DEFAULT_TASK_HEADING,
  type PlanDocumentInput,
  type PlanSection,
  type PlanSubsection,
  type PlanTaskTableOptions,
} from './build.js';
export { docxText as planDocxText, docxText } from '../nd30/index.js';
export { importPlan, type PlanImportResult } from './import.js';
export { readDocx, DocxError } from './read-docx.js';
