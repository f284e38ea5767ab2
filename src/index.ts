// The library: what the CLI does, for programs. Only re-exports.

export {compileDocument, compileDocumentAsync, type CompileInput, type CompileOptions} from './compile.js';
export {InputError, type InputProblem} from './errors.js';
export type * from './model/plan.js';
export {loadReader, readerFormats} from './readers/registry.js';
export {validatePlan, PLAN_SCHEMA_ID, type SchemaProblem} from './schema/validate-plan.js';
export {planWriters} from './writers/plan-writers.js';
export {writePlanText} from './writers/plan-text.js';
export {buildSheets} from './render/build-sheets.js';
export {sheetWriters} from './writers/sheets/sheet-writers.js';
export {loadBuiltinRegistry, extendRegistry, type AgencyRegistry} from './agencies/index.js';
export {main} from './cli/main.js';
