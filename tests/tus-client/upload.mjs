// Uploads a file to Spool with tus-js-client, the reference tus client.
//
//   node upload.mjs interrupt <endpoint> <token> <file> <chunkSize> <stopAfterBytes>
//     starts an upload and aborts it (mid-request) once stopAfterBytes were sent;
//     prints {"url": ..., "sent": ...}
//   node upload.mjs resume <endpoint> <token> <file> <chunkSize> <uploadUrl>
//     resumes that upload where the server says it stands; prints {"url": ..., "resumedFrom": ...}
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as tus from 'tus-js-client';

const [mode, endpoint, token, file, chunkSizeArg, extra] = process.argv.slice(2);
const data = fs.readFileSync(file);
const chunkSize = Number(chunkSizeArg);

function options(overrides) {
  return {
    endpoint,
    chunkSize,
    headers: { Authorization: `Bearer ${token}` },
    metadata: { filename: path.basename(file), filetype: 'video/mp4' },
    retryDelays: [0, 300, 1000],
    storeFingerprintForResuming: false,
    removeFingerprintOnSuccess: true,
    ...overrides,
  };
}

function fail(err) {
  console.error(String(err && err.stack ? err.stack : err));
  process.exit(1);
}

if (mode === 'interrupt') {
  const stopAt = Number(extra);
  let stopped = false;
  const upload = new tus.Upload(data, options({
    onProgress(sent) {
      if (!stopped && sent >= stopAt) {
        stopped = true;
        // Abort mid-request, without terminating the upload on the server.
        upload.abort(false).then(() => {
          console.log(JSON.stringify({ url: upload.url, sent }));
          process.exit(0);
        }, fail);
      }
    },
    onSuccess() { fail(new Error('finished before it could be interrupted')); },
    onError: fail,
  }));
  upload.start();
} else if (mode === 'resume') {
  let resumedFrom = null;
  const upload = new tus.Upload(data, options({
    uploadUrl: extra,
    onProgress(sent) { if (resumedFrom === null) resumedFrom = sent; },
    onSuccess() { console.log(JSON.stringify({ url: upload.url, resumedFrom })); process.exit(0); },
    onError: fail,
  }));
  upload.start();
} else {
  fail(new Error(`unknown mode ${mode}`));
}
