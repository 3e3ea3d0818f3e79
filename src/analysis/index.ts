// Public surface of the engine: everything outside src/analysis imports from here.
export { analyze, type AnalyzeOptions } from './analyze.js';
export { checkInput, InputError, DEFAULT_MAX_CHARS, type InputProblem, type InputProblemCode } from './input.js';
export { KIND_LABEL } from './kind-labels.js';
export * from './schema.js';
