// The worker script of `createChecker({worker: true})` for the split build (factcheck-core.mjs + .wasm).
import createFactcheckCore from './factcheck-core.mjs';
import { serve } from './factcheck-worker-loop.js';

serve({ factory: createFactcheckCore, wasmUrl: new URL('./factcheck-core.wasm', import.meta.url) });
