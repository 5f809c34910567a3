// Build-time check of the agent image: every model the runtime loads is on disk and loads,
// so a container never downloads anything at start. Run from /app (the image's WORKDIR).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(join(process.cwd(), 'package.json'));

// Silero VAD: the .onnx ships inside its npm package, next to the code that loads it.
const sileroDir = dirname(fileURLToPath(import.meta.resolve('@livekit/agents-plugin-silero')));
const sileroModel = join(sileroDir, 'silero_vad.onnx');
if (!existsSync(sileroModel)) throw new Error(`Silero VAD model missing: ${sileroModel}`);

// onnxruntime-node's CPU binaries ship in the package (.npmrc skips its download script).
const ort = require('onnxruntime-node');
const session = await ort.InferenceSession.create(sileroModel);
if (session.inputNames.length === 0) throw new Error('Silero VAD model loaded without inputs');

// The local end-of-turn detector's weights are compiled into its native addon.
const localInference = require('@livekit/local-inference');
if (typeof localInference.initEot !== 'function') {
  throw new Error('@livekit/local-inference has no end-of-turn detector');
}

console.log(`agent models present: ${sileroModel}, onnxruntime-node, @livekit/local-inference`);
