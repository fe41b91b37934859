// The worker script of `createChecker({worker: true})` for the single-file build (wasm inlined).
import createFactcheckCore from './factcheck-core-single.mjs';
import { serve } from './factcheck-worker-loop.js';

serve({ factory: createFactcheckCore });
