// Types of dist/factcheck-single.js: the same API as factcheck.js, over the single-file build.
export * from './factcheck.js';
