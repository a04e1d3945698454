// The independent-client test: the official MCP TypeScript SDK client (the client inside most
// agent hosts) drives the BUILT server over stdio and over Streamable HTTP, the way a host does:
// tools/list first (the SDK then validates every result's structuredContent against the tool's
// outputSchema), every tool on the happy path, every refusal of the input tables, and a last call
// showing the server still serves. A refusal must come back as an isError result in plain words;
// the SDK throwing (e.g. "MCP error -32602: Structured content does not match the tool's output
// schema") is a FAIL with that message.
//
// Run it through scripts/ts-client.sh, which installs the pinned SDK and Node 22 and sets:
//   MCP_SDK_DIR   the npm prefix holding node_modules/@modelcontextprotocol/sdk
//   JANITOR_DLL   the built server (src/JanitorVideo.Server/bin/Release/net10.0/janitor-video.dll)
//   SAMPLE_IMAGE  an absolute path to a real image (samples/art/druid.png)
//   TS_CLIENT_OUT where the servers' stderr logs go
//   TS_CLIENT_TRANSPORTS  optional: any of "stdio", "http", "cloud" (the server over stdio with the cloud
//                         backend, talking to `janitor-video studio` on loopback), "cloud-faults" (the same
//                         with the studio refusing on purpose: rate limits, expiring tokens, a refused client
//                         id, silent replies), comma-separated; all four by default
// Prints "PASS name" / "FAIL name: reason" per check and closes with "ts-client: N passed, N failed".

import { spawn } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const env = (name) => {
  const value = process.env[name];
  if (!value) {
    console.error(`ts-client: ${name} is not set (run scripts/ts-client.sh)`);
    process.exit(2);
  }
  return value;
};
const SDK = path.join(env('MCP_SDK_DIR'), 'node_modules', '@modelcontextprotocol', 'sdk', 'dist', 'esm');
const DLL = path.resolve(env('JANITOR_DLL'));
const IMAGE = path.resolve(env('SAMPLE_IMAGE'));
const OUT = path.resolve(process.env.TS_CLIENT_OUT || path.join(os.tmpdir(), 'ts-client'));
const TRANSPORTS = (process.env.TS_CLIENT_TRANSPORTS || 'stdio,http,cloud,cloud-faults').split(',').map((t) => t.trim()).filter(Boolean);

const sdkModule = (rel) => import(pathToFileURL(path.join(SDK, rel)).href);
const { Client } = await sdkModule('client/index.js');
const { StdioClientTransport } = await sdkModule('client/stdio.js');
const { StreamableHTTPClientTransport } = await sdkModule('client/streamableHttp.js');
const { McpError, LoggingMessageNotificationSchema, ElicitRequestSchema } = await sdkModule('types.js');

const TOOLS = ['export', 'generate_or_edit', 'get_credits', 'get_state', 'upload'];
const INSTRUCTION = 'animate this character with a slow push-in, 3 seconds, 720p, square';
const CALL_TIMEOUT_MS = 120_000;
const EXPORT_TIMEOUT_MS = 600_000;

let passed = 0;
let failed = 0;
const pass = (name) => { passed++; console.log(`PASS ${name}`); };
const fail = (name, reason) => { failed++; console.log(`FAIL ${name}: ${oneLine(reason)}`); };
const oneLine = (s) => String(s).replace(/\s+/g, ' ').trim().slice(0, 400);

class CheckFailure extends Error {}
const expect = (condition, reason) => { if (!condition) throw new CheckFailure(reason); };
const textOf = (result) => (result.content ?? []).filter((c) => c.type === 'text').map((c) => c.text).join('\n');
const describeThrown = (e) =>
  e instanceof CheckFailure ? e.message
    : e instanceof McpError ? `the SDK threw a protocol error instead of returning the result: ${e.message}`
      : `threw ${e?.name ?? 'error'}: ${e?.message ?? e}`;

// ---- the bad inputs ------------------------------------------------------------------------------
// From tests/JanitorVideo.Server.Tests/ToolInputTests.cs, Skill/UploadInputs.cs and
// Skill/ExportDestination.cs. Each: [name, tool, arguments (a function of the scratch folder), kind, words].
// Links into private networks are refused by the server's URL policy before any traffic.
const PNG_HEAD = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

function makeBadFiles(dir) {
  const f = (name, bytes) => { const p = path.join(dir, name); fs.writeFileSync(p, bytes); return p; };
  const huge = f('huge.png', PNG_HEAD);
  fs.truncateSync(huge, 200 * 1024 * 1024 + 1); // sparse: nothing like 200 MB is written
  fs.mkdirSync(path.join(dir, 'a-folder'));
  fs.mkdirSync(path.join(dir, 'out', 'clip.mp4'), { recursive: true });
  const many = Array.from({ length: 21 }, (_, i) => f(`f${i}.png`, PNG_HEAD));
  return {
    dir,
    disguised: f('hero.png', 'just some text, not pixels'),
    empty: f('empty.png', Buffer.alloc(0)),
    truncated: f('truncated.png', PNG_HEAD),
    pdf: f('notes.pdf', '%PDF-1.4\n% not an image\n'),
    huge,
    many,
  };
}

// remote: over HTTP the server confines paths (JANITOR_ALLOWED_ROOTS = the test's scratch folder), so
// system files are refused for where they are before what they are.
const refusals = (b, remote = false) => [
  ['upload-no-files', 'upload', { files: [] }, 'InvalidInput', 'at least one file'],
  ['upload-missing-file', 'upload', { files: [path.join(b.dir, 'nope.png')] }, 'NotFound', `No file at '${path.join(b.dir, 'nope.png')}'`],
  ['upload-relative-path', 'upload', { files: ['no-such-folder/hero.png'] }, 'NotFound', 'relative paths are taken from'],
  ['upload-folder', 'upload', { files: [path.join(b.dir, 'a-folder')] }, 'InvalidInput', 'is a folder'],
  ['upload-empty-file', 'upload', { files: [b.empty] }, 'UnsupportedFileType', 'empty (0 bytes)'],
  ['upload-text-named-png', 'upload', { files: [b.disguised] }, 'UnsupportedFileType', 'content is not PNG'],
  ['upload-unsupported-type', 'upload', { files: [b.pdf] }, 'UnsupportedFileType', 'not a format I can use'],
  ['upload-truncated-png', 'upload', { files: [b.truncated] }, 'InvalidInput', 'truncated.png'],
  remote
    ? ['upload-traversal-to-system-file', 'upload', { files: [path.join(b.dir, '..', '..', '..', '..', '..', '..', 'etc', 'passwd')] }, 'InvalidInput', 'outside the folders this server may read and write']
    : ['upload-traversal-to-system-file', 'upload', { files: [path.join(b.dir, '..', '..', '..', '..', '..', '..', 'etc', 'passwd')] }, 'UnsupportedFileType', "'passwd' is not a format I can use"],
  remote
    ? ['upload-device-file', 'upload', { files: ['/dev/zero'] }, 'InvalidInput', 'outside the folders this server may read and write']
    : ['upload-device-file', 'upload', { files: ['/dev/zero'] }, 'UnsupportedFileType', 'empty'],
  ...(remote ? [['upload-outside-allowed-folders', 'upload', { files: [IMAGE] }, 'InvalidInput', 'outside the folders this server may read and write']] : []),
  ['upload-over-200mb', 'upload', { files: [b.huge] }, 'FileTooLarge', 'over the 200 MB limit'],
  ['upload-too-many-files', 'upload', { files: b.many }, 'InvalidInput', 'at most 20'],
  ...[
    'http://127.0.0.1:8080/hero.png',
    'http://localhost/hero.png',
    'http://[::1]/hero.png',
    'http://10.0.0.7/hero.png',
    'http://192.168.1.20/hero.png',
    'http://172.20.0.3/hero.png',
    'http://169.254.169.254/latest/meta-data/',
    'http://[fd00:ec2::254]/latest',
    'http://0x7f000001/hero.png',
  ].map((url) => [`upload-private-link ${url}`, 'upload', { files: [url] }, 'InvalidInput', 'private network']),
  ['upload-ftp-link', 'upload', { files: ['ftp://example.com/hero.png'] }, 'InvalidInput', 'Only http(s) links'],
  ['upload-link-with-password', 'upload', { files: ['https://user:secret@example.com/hero.png'] }, 'InvalidInput', 'user name or password', 'secret'],
  ...['../../etc', 'a b', ''].map((id) =>
    [`get_state-malformed-session-id '${id}'`, 'get_state', { session_id: id }, 'InvalidInput', 'session_id must be the id a previous result returned']),
  ['export-relative-output-path', 'export', { output_path: 'clip.mp4' }, 'InvalidInput', 'is relative'],
  ['export-output-path-not-mp4', 'export', { output_path: path.join(b.dir, 'clip.mov') }, 'InvalidInput', 'must end in .mp4'],
  ['export-output-folder-missing', 'export', { output_path: path.join(b.dir, 'no', 'such', 'folder', 'clip.mp4') }, 'InvalidInput', 'does not exist'],
  ['export-output-path-is-a-folder', 'export', { output_path: path.join(b.dir, 'out', 'clip.mp4') }, 'InvalidInput', 'is a folder'],
  ['generate_or_edit-blank-instruction', 'generate_or_edit', { instruction: '   ' }, 'InvalidInput', 'animate this character image'],
  ['generate_or_edit-empty-instruction', 'generate_or_edit', { instruction: '' }, 'InvalidInput', 'animate this character image'],
  ['upload-files-left-out', 'upload', {}, 'InvalidInput', "required parameter 'files'"],
  ['generate_or_edit-instruction-not-a-string', 'generate_or_edit', { instruction: [1, 2] }, 'InvalidInput', 'instruction should be string'],
];

// An isError result in plain words: the expected words in the text, the stable kind on the text's
// last line and in _meta["janitor-video/error"], no structured content (it would have to match the
// tool's output schema), no stack trace, and (for the link with a password) the secret not echoed.
function expectRefusal(result, kind, words, secret) {
  const text = textOf(result);
  expect(result.isError === true, `expected isError: true, got ${JSON.stringify(result.isError)}; text: ${text}`);
  expect(text.length > 0, 'the result has no text content');
  expect(text.includes(words), `the text does not contain "${words}": ${text}`);
  expect(!/\bat [\w.<>`]+\(|Exception\b/.test(text), `the text looks like a stack trace or exception: ${text}`);
  if (secret) expect(!text.includes(secret), `the text echoes "${secret}": ${text}`);
  expect(result.structuredContent === undefined, `an error result carries structured content: ${JSON.stringify(result.structuredContent)}`);
  expect(text.endsWith(`kind: ${kind}`), `the text does not end with "kind: ${kind}": ${text}`);
  const error = result._meta?.['janitor-video/error'];
  expect(error?.kind === kind, `_meta["janitor-video/error"].kind is ${JSON.stringify(error?.kind)}, not ${kind}`);
}

// ---- the run for one transport -------------------------------------------------------------------
// What the studio does wrong on purpose in the cloud-faults run: the first call rate-limited
// (Retry-After 1 s), every token worn out after five calls, the first client id refused, every reply
// silent. Each is a row of the error table the cloud client must recover from without the user noticing.
const STUDIO_FAULTS = 'rate-limit=1,retry-after=1s,expire-after=5,refuse-client-id=1,silent=1,seed=3';
const RECOVERY_RULES = ['HTTP 429: rate limited', '1001: token invalid or expired', 'HTTP 400 on the token call: client id missing or refused'];
const isCloud = (kind) => kind === 'cloud' || kind === 'cloud-faults';

function checkNames(kind) {
  return [
    'tools-list',
    'export-nothing-to-export',
    'upload', 'generate_or_edit', 'get_state', 'get_credits', 'export', 'log-notices',
    ...refusals({ dir: '/placeholder', many: [] }, kind === 'http').map((r) => r[0]),
    'still-serves',
    ...(isCloud(kind) ? ['identity-kept'] : []),
    ...(kind === 'cloud-faults' ? ['faults-recovered'] : []),
  ];
}

async function runTransport(kind) {
  const prefix = `${kind}/`;
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), `jv-ts-${kind}-`));
  const data = path.join(scratch, 'data');
  fs.mkdirSync(data);
  const bad = makeBadFiles(fs.mkdtempSync(path.join(scratch, 'bad-')));
  const done = new Set();
  const check = async (name, body) => {
    done.add(name);
    try {
      await body();
      pass(prefix + name);
    } catch (e) {
      fail(prefix + name, describeThrown(e));
    }
  };

  const serverLog = fs.createWriteStream(path.join(OUT, `${kind}-server.log`));
  serverLog.on('error', () => {});
  // Over stdio the studio keeps a quota and this client answers elicitation (yes, spend), as a host with a confirm dialog does.
  const asksToSpend = kind === 'stdio';
  const client = new Client({ name: 'janitor-video-ts-client-test', version: '1.0.0' }, { capabilities: asksToSpend ? { elicitation: {} } : {} });
  const notices = [];
  client.setNotificationHandler(LoggingMessageNotificationSchema, (n) => { notices.push(n.params); });
  const questions = [];
  if (asksToSpend) {
    client.setRequestHandler(ElicitRequestSchema, (request) => {
      questions.push(request.params);
      return { action: 'accept', content: { spend: true } };
    });
  }
  let httpServer = null;
  try {
    const serverEnv = { ...process.env, JANITOR_DATA_DIR: data };
    let transport;
    if (isCloud(kind)) {
      // The cloud backend talking to a studio that plays NemoVideo over loopback HTTP; the client id
      // and token are kept under a home folder of the test's own.
      const studioEnv = kind === 'cloud-faults' ? { ...serverEnv, JANITOR_FAULTS: STUDIO_FAULTS } : serverEnv;
      const studio = await startChild(['studio', '--port', '0'], studioEnv, scratch, serverLog, /Studio API at (http:\/\/127\.0\.0\.1:\d+)/);
      httpServer = studio.child;
      const home = path.join(scratch, 'home');
      fs.mkdirSync(home);
      const cloudEnv = { ...serverEnv, JANITOR_BACKEND: 'cloud', NEMO_API_URL: studio.url, HOME: home, NEMO_TOKEN: '', NEMO_CLIENT_ID: '' };
      transport = new StdioClientTransport({ command: 'dotnet', args: [DLL, 'stdio'], env: cloudEnv, cwd: scratch, stderr: 'pipe' });
      transport.stderr?.pipe(serverLog, { end: false });
    } else if (kind === 'stdio') {
      const quotaEnv = { ...serverEnv, JANITOR_CREDITS: 'quota', JANITOR_CREDIT_ALLOWANCE: '1000' };
      transport = new StdioClientTransport({ command: 'dotnet', args: [DLL, 'stdio'], env: quotaEnv, cwd: scratch, stderr: 'pipe' });
      transport.stderr?.pipe(serverLog, { end: false });
    } else {
      // Clients over HTTP may only name files in the allowed folders: the scratch folder here.
      const started = await startHttpServer({ ...serverEnv, JANITOR_ALLOWED_ROOTS: scratch }, scratch, serverLog);
      httpServer = started.child;
      transport = new StreamableHTTPClientTransport(new URL(started.url));
    }
    await client.connect(transport, { timeout: CALL_TIMEOUT_MS });
  } catch (e) {
    for (const name of checkNames(kind)) fail(prefix + name, `not run: could not connect over ${kind}: ${describeThrown(e)}`);
    await shutdown(client, httpServer);
    serverLog.end();
    fs.rmSync(scratch, { recursive: true, force: true });
    return;
  }

  const call = (name, args, options = {}) =>
    client.callTool({ name, arguments: args }, undefined, { timeout: CALL_TIMEOUT_MS, ...options });

  // 1. tools/list: exactly the five tools, each with an output schema (this also arms the SDK's
  //    output-schema validation for every later call, as in a host).
  await check('tools-list', async () => {
    const { tools } = await client.listTools();
    const names = tools.map((t) => t.name).sort();
    expect(JSON.stringify(names) === JSON.stringify(TOOLS), `expected ${TOOLS.join(', ')}; got ${names.join(', ')}`);
    const missing = tools.filter((t) => !t.outputSchema || t.outputSchema.type !== 'object').map((t) => t.name);
    expect(missing.length === 0, `no object outputSchema on: ${missing.join(', ')}`);
  });

  // On a fresh project, before anything is uploaded.
  await check('export-nothing-to-export', async () => {
    expectRefusal(await call('export', {}), 'NothingToExport', 'nothing to export');
  });

  // 2. The happy path: every tool once.
  let sessionId;
  const happy = (result) => {
    expect(result.isError !== true, `isError is true: ${textOf(result)}`);
    expect(result.structuredContent && typeof result.structuredContent === 'object', 'no structuredContent');
    expect(textOf(result).length > 0, 'no text content');
    return result.structuredContent;
  };
  await check('upload', async () => {
    // Over HTTP the picture must be in an allowed folder: a copy in the scratch folder.
    const image = kind === 'http' ? path.join(scratch, path.basename(IMAGE)) : IMAGE;
    if (image !== IMAGE) fs.copyFileSync(IMAGE, image);
    const out = happy(await call('upload', { files: [image] }));
    expect(typeof out.session_id === 'string' && out.session_id.length > 0, 'no session_id in structuredContent');
    expect(Array.isArray(out.files) && out.files.length === 1, `expected one file, got ${JSON.stringify(out.files)}`);
    sessionId = out.session_id;
  });
  await check('generate_or_edit', async () => {
    const result = await call('generate_or_edit', { instruction: INSTRUCTION, session_id: sessionId });
    const out = happy(result);
    expect(typeof out.action === 'string', 'no action in structuredContent');
    if (asksToSpend) {
      // Generating costs about 100 of the 1000: asked first, then the balance after told.
      expect(questions.length === 1 && /about 100 credits/.test(questions[0].message ?? ''),
        `expected one question about 100 credits; got ${JSON.stringify(questions.map((q) => q.message))}`);
      expect(out.status === 'done', `status is ${out.status}`);
      expect(textOf(result).includes('Credits: 100 spent, 900 left.'), `no balance after spending in: ${textOf(result)}`);
      expect(out.credits?.available === 900, `credits is ${JSON.stringify(out.credits)}`);
    }
  });
  await check('get_state', async () => {
    const out = happy(await call('get_state', { session_id: sessionId }));
    expect(out.ready_for_export === true, `ready_for_export is ${out.ready_for_export}; timeline: ${out.timeline}`);
  });
  await check('get_credits', async () => {
    const out = happy(await call('get_credits', {}));
    expect(typeof out.available === 'number', 'no available in structuredContent');
  });
  let exportedRender;
  await check('export', async () => {
    // As a host that shows the server's log does: notable events at info and above.
    await client.setLoggingLevel('info');
    const target = path.join(scratch, 'exported.mp4');
    let progressed = 0;
    const values = [];
    const result = await call('export', { session_id: sessionId, output_path: target }, {
      timeout: EXPORT_TIMEOUT_MS, resetTimeoutOnProgress: true, onprogress: (p) => { progressed++; values.push(p.progress); },
    });
    const out = happy(result);
    expect(out.path === target, `path is ${out.path}, expected ${target}`);
    expect(fs.existsSync(target), `no file at ${target}`);
    const head = Buffer.alloc(12);
    const fd = fs.openSync(target, 'r');
    try { fs.readSync(fd, head, 0, 12, 0); } finally { fs.closeSync(fd); }
    expect(head.subarray(4, 8).toString('latin1') === 'ftyp', `no MP4 signature (ftyp at byte 4): ${head.toString('hex')}`);
    expect(fs.statSync(target).size === out.size_bytes, `size_bytes ${out.size_bytes} != file size ${fs.statSync(target).size}`);
    exportedRender = out.render_id;
    if (isCloud(kind)) {
      // Every video delivered from the cloud carries the project link, with no token in it.
      expect(typeof out.project_link === 'string' && out.project_link.startsWith('https://nemovideo.com/workspace/claim?task='),
        `project_link is ${JSON.stringify(out.project_link)}`);
      expect(!/nmv_|token/i.test(out.project_link), `the project link carries a token: ${out.project_link}`);
      expect(textOf(result).includes(out.project_link), 'the text does not give the project link');
    } else {
      expect(out.project_link === null, `a ${kind} export has a project link: ${out.project_link}`);
    }
    expect(progressed > 0, 'export sent no progress notifications');
    expect(values.every((v, i) => i === 0 || v > values[i - 1]), `progress did not rise with each notification: ${values.join(', ')}`);
  });

  // The render's start and end were told as logging notifications at the level set, with no token in them.
  await check('log-notices', async () => {
    const said = notices.map((n) => `${n.level}: ${typeof n.data === 'string' ? n.data : JSON.stringify(n.data)}`);
    expect(said.some((s) => s.startsWith(`info: Render ${exportedRender} of project `) && s.includes('finished')),
      `no notice of render ${exportedRender} finishing; heard: ${said.join(' | ') || 'nothing'}`);
    expect(notices.every((n) => n.logger === 'janitor-video'), `a notice from another logger: ${said.join(' | ')}`);
    expect(!said.some((s) => /nmv_usr_/.test(s)), `a notice carries a token: ${said.join(' | ')}`);
  });

  // 3. Every refusal: an isError result in plain words, never a protocol error.
  for (const [name, tool, args, errorKind, words, secret] of refusals(bad, kind === 'http')) {
    await check(name, async () => expectRefusal(await call(tool, args), errorKind, words, secret));
  }

  // 4. Still serving, and the project is still there.
  await check('still-serves', async () => {
    const out = happy(await call('get_state', sessionId ? { session_id: sessionId } : {}));
    if (sessionId) expect(out.session_id === sessionId, `session_id is ${out.session_id}, expected ${sessionId}`);
  });

  // The cloud run really went through the cloud client: its client id and token are kept for the next start, owner-only.
  if (isCloud(kind)) {
    await check('identity-kept', async () => {
      const folder = path.join(scratch, 'home', '.config', 'nemovideo');
      for (const name of ['client_id', 'anonymous_token.json']) {
        const file = path.join(folder, name);
        expect(fs.existsSync(file), `no ${file}: the cloud client kept no identity`);
        const mode = fs.statSync(file).mode & 0o777;
        expect(mode === 0o600, `${name} has mode ${mode.toString(8)}, not 600`);
      }
    });
  }

  // The cloud-faults run passed every check above although the studio refused on purpose: the server's
  // log shows each recovery rule at work (and never the token).
  if (kind === 'cloud-faults') {
    await check('faults-recovered', async () => {
      const log = fs.readFileSync(path.join(OUT, `${kind}-server.log`), 'utf8');
      const missing = RECOVERY_RULES.filter((rule) => !log.includes(rule));
      expect(missing.length === 0, `the server's log shows no recovery by: ${missing.join('; ')}`);
      expect(!/nmv_usr_/.test(log), 'a token appears in the log');
    });
  }

  for (const name of checkNames(kind)) if (!done.has(name)) fail(prefix + name, 'not run');
  await shutdown(client, httpServer);
  serverLog.end();
  fs.rmSync(scratch, { recursive: true, force: true });
}

// The HTTP server on a free loopback port; its URL from the stderr line "listening on http://127.0.0.1:PORT/mcp".
function startHttpServer(serverEnv, cwd, serverLog) {
  return startChild(['http', '--port', '0'], serverEnv, cwd, serverLog, /listening on (http:\/\/127\.0\.0\.1:\d+\/mcp)/);
}

// A verb of the server that listens on a free loopback port, and its URL as its stderr log names it.
async function startChild(verbArgs, serverEnv, cwd, serverLog, urlPattern) {
  const child = spawn('dotnet', [DLL, ...verbArgs], { env: serverEnv, cwd, stdio: ['ignore', 'ignore', 'pipe'] });
  let seen = '';
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`'${verbArgs[0]}' did not log its URL within 60 s`)), 60_000);
    child.stderr.on('data', (chunk) => {
      serverLog.write(chunk);
      if (seen !== null) {
        seen += chunk.toString();
        const m = seen.match(urlPattern);
        if (m) { seen = null; clearTimeout(timer); resolve(m[1]); }
      }
    });
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`'${verbArgs[0]}' exited (code ${code}) before listening`)); });
    child.on('error', (e) => { clearTimeout(timer); reject(e); });
  }).catch(async (e) => { await stopChild(child); throw e; });
  return { child, url };
}

async function stopChild(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await once(child, 'exit').catch(() => {});
  clearTimeout(timer);
}

async function shutdown(client, httpServer) {
  try { await client.close(); } catch { /* already closed */ }
  await stopChild(httpServer);
}

// ---- main ----------------------------------------------------------------------------------------
fs.mkdirSync(OUT, { recursive: true });
for (const f of [DLL, IMAGE]) {
  if (!fs.existsSync(f)) {
    fail('setup', `${f} does not exist${f === DLL ? ' (build the server first)' : ''}`);
    console.log(`ts-client: ${passed} passed, ${failed} failed`);
    process.exit(1);
  }
}
const started = Date.now();
for (const kind of TRANSPORTS) {
  if (!['stdio', 'http', 'cloud', 'cloud-faults'].includes(kind)) {
    fail(`setup`, `unknown transport '${kind}' (stdio, http, cloud or cloud-faults)`);
    continue;
  }
  try {
    await runTransport(kind);
  } catch (e) {
    fail(`${kind}/crash`, `the test itself failed: ${e?.stack ?? e}`);
  }
}
console.error(`[ts-client] done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`ts-client: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
