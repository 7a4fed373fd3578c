// The interoperability checks: a running Spool (SPOOL_URL, federation on) and Fedify
// peers (PEER_URLS, each a peer.mjs) talk ActivityPub to each other; this script drives
// them through their own APIs and prints one PASS/FAIL line per check and peer, then
// "interop: N passed, M failed". Started by run.sh, which starts and stops them all.
//
//   SPOOL_URL=http://localhost:8001 PEER_URLS="http://localhost:8002 http://localhost:8003" \
//   CLIP=clip.mp4 node interop.mjs
import { readFileSync } from "node:fs";

const SPOOL = process.env.SPOOL_URL.replace(/\/$/, "");
// The peers: their base URLs, separated by spaces (each one peer.mjs, one account).
const PEERS = process.env.PEER_URLS.split(/\s+/).filter(Boolean).map((u) => u.replace(/\/$/, ""));
const CLIP = process.env.CLIP;
const WAIT_MS = Number(process.env.INTEROP_WAIT_MS ?? 60000); // deliveries are jobs
const PASSWORD = "correct horse battery staple";
const spoolDomain = new URL(SPOOL).host; // localhost:PORT

let passed = 0, failed = 0, label = "";
function pass(name, detail = "") {
  passed++;
  console.log(`PASS ${label}${name}${detail ? ` (${detail})` : ""}`);
}
function fail(name, why) {
  failed++;
  console.log(`FAIL ${label}${name}: ${why}`);
}
/** Runs one check: `fn` answers a detail string (pass) or throws (fail). */
async function check(name, fn) {
  try {
    pass(name, (await fn()) ?? "");
    return true;
  } catch (e) {
    fail(name, e?.message ?? String(e));
    return false;
  }
}
function expect(cond, why) {
  if (!cond) throw new Error(why);
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** Polls `probe` until it answers something truthy, for up to WAIT_MS. */
async function eventually(what, probe) {
  const end = Date.now() + WAIT_MS;
  let last;
  for (;;) {
    last = await probe();
    if (last) return last;
    if (Date.now() > end) throw new Error(`${what}: not within ${WAIT_MS / 1000} s`);
    await sleep(500);
  }
}

async function http(method, url, { body, token, headers = {} } = {}) {
  const h = { accept: "application/json", ...headers };
  if (body !== undefined) h["content-type"] = "application/json";
  if (token) h.authorization = `Bearer ${token}`;
  const res = await fetch(url, { method, headers: h, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  let json;
  try { json = text ? JSON.parse(text) : undefined; } catch { json = undefined; }
  return { status: res.status, json, text, headers: res.headers };
}
async function ok(method, url, opts) {
  const r = await http(method, url, opts);
  if (r.status < 200 || r.status > 299) throw new Error(`${method} ${url} -> ${r.status} ${r.text.slice(0, 500)}`);
  return r.json;
}
const spool = (method, path, opts) => ok(method, SPOOL + path, opts);

/** Every check between a new Spool account and the Fedify peer at `PEER`. */
async function suite(PEER) {
  const peer = (method, path) => ok(method, PEER + path);
  const info = await peer("GET", "/admin/info");
  label = `[${info.acct.split("@")[0]}, keys ${info.keys.map((k) => k.replace("RSASSA-PKCS1-v1_5", "RSA")).join("+")}] `;
  const peerAcct = info.acct;
  const handle = `alice${Date.now() % 100000}`;
  const { regions } = await spool("GET", "/api/v1/regions");
  await spool("POST", "/api/v1/accounts", { body: { handle, password: PASSWORD, birth_date: "1990-01-01", region: regions[0] } });
  const { token } = await spool("POST", "/api/v1/sessions", { body: { handle, password: PASSWORD } });
  const spoolAcct = `${handle}@${spoolDomain}`;
  const wf = await spool("GET", `/.well-known/webfinger?resource=acct:${spoolAcct}`);
  const aliceActor = wf.links.find((l) => l.rel === "self").href;
  const bobActor = info.actor;
  console.log(`== Spool account ${spoolAcct} (${aliceActor}) and Fedify ${info.fedify} account ${peerAcct} (${bobActor}), keys ${info.keys.join(", ")}`);

  const log = () => peer("GET", "/admin/log");
  const requests = () => peer("GET", "/admin/requests");
  const feed = () => spool("GET", "/api/v1/federation/feed?limit=50", { token });

  let spoolFollowId, peerNote, videoObjectId;

  // ---- 1. Spool follows the Fedify account ------------------------------------------------
  await check("1a Spool resolves the Fedify account by WebFinger and sends a Follow", async () => {
    const r = await spool("POST", "/api/v1/federation/follows", { token, body: { acct: peerAcct } });
    expect(r.actor === bobActor, `actor is ${r.actor}, not ${bobActor}`);
    expect(["requested", "active"].includes(r.state), `state ${r.state}`);
    return `${r.acct} -> ${r.actor}, state ${r.state}`;
  });
  await check("1b Fedify verifies the signature of Spool's Follow", async () => {
    const f = await eventually("a Follow from Spool in Fedify's inbox", async () =>
      (await log()).find((l) => l.kind === "Follow" && l.actor === aliceActor));
    expect(f.object === bobActor, `Follow object is ${f.object}`);
    spoolFollowId = f.id;
    const tries = (await requests()).filter((r) => r.type === "Follow" && r.keyId?.startsWith(aliceActor));
    const req = tries.find((r) => r.status === 202);
    expect(req, `inbox requests ${JSON.stringify(tries)}`);
    return `keyId ${req.keyId}, ${req.path} answered ${req.status}`;
  });
  await check("1c Fedify's Accept makes the follow active in Spool", async () => {
    const e = await eventually("state active in /api/v1/federation/follows", async () =>
      (await spool("GET", "/api/v1/federation/follows", { token })).find((x) => x.actor === bobActor && x.state === "active"));
    return `${e.acct} ${e.state}`;
  });

  // ---- 2. Fedify posts a Note to its followers ---------------------------------------------
  await check("2  Fedify's Create(Note) reaches the follower's federation feed in Spool", async () => {
    const text = `hello from fedify ${Date.now()}`;
    const sent = await peer("POST", `/admin/post?text=${encodeURIComponent(text)}`);
    expect(sent.followers >= 1, `Fedify has ${sent.followers} followers`);
    peerNote = sent.note;
    const p = await eventually(`${sent.note} in /api/v1/federation/feed`, async () =>
      (await feed()).find((x) => x.id === sent.note));
    expect(p.actor === bobActor, `actor ${p.actor}`);
    expect(p.kind === "Note", `kind ${p.kind}`);
    expect(String(p.object?.content).includes(text), `content ${JSON.stringify(p.object?.content)}`);
    return `${p.kind} ${p.id}`;
  });

  // ---- 3. Fedify follows the Spool account -------------------------------------------------
  let peerFollow;
  await check("3a Fedify resolves the Spool account (WebFinger over http, actor via Fedify) and sends a Follow", async () => {
    peerFollow = await peer("POST", `/admin/follow?acct=${encodeURIComponent(spoolAcct)}`);
    expect(peerFollow.subject === `acct:${spoolAcct}`, `subject ${peerFollow.subject}`);
    expect(peerFollow.actor === aliceActor, `actor ${peerFollow.actor}`);
    expect(peerFollow.type === "Person", `type ${peerFollow.type}`);
    expect(peerFollow.hasKey, "Fedify finds no public key in the actor document");
    expect(peerFollow.preferredUsername === handle, `preferredUsername ${peerFollow.preferredUsername}`);
    return `${peerFollow.type} ${peerFollow.actor}, inbox ${peerFollow.inbox}, shared ${peerFollow.sharedInbox}`;
  });
  await check("3b Spool lists the Fedify account as an active follower", async () => {
    const e = await eventually("active in /api/v1/federation/followers", async () =>
      (await spool("GET", "/api/v1/federation/followers", { token })).find((x) => x.actor === bobActor && x.state === "active"));
    return `${e.acct} ${e.state}`;
  });
  await check("3c Fedify receives (and verifies) Spool's Accept of its Follow", async () => {
    expect(peerFollow, "no Follow was sent");
    const a = await eventually("an Accept from Spool in Fedify's inbox", async () =>
      (await log()).find((l) => l.kind === "Accept" && l.actor === aliceActor));
    expect(a.object === peerFollow.follow, `Accept of ${a.object}, not of ${peerFollow.follow}`);
    return `Accept ${a.id} of ${a.object}`;
  });

  await check("3d a profile change reaches Fedify as an Update of the Spool actor", async () => {
    const name = `Alice ${Date.now() % 100000}`;
    await spool("PATCH", "/api/v1/me", { token, body: { display_name: name } });
    const u = await eventually("an Update from Spool in Fedify's inbox", async () =>
      (await log()).find((l) => l.kind === "Update" && l.actor === aliceActor && l.name === name));
    expect(u.objectType === "Person", `object type ${u.objectType}`);
    return `Update ${u.id}: name ${u.name}`;
  });

  // ---- 4. The Spool account publishes a clip ----------------------------------------------
  await check("4  Fedify receives Create(Video) of the Spool account's new clip", async () => {
    const bytes = readFileSync(CLIP);
    const up = await fetch(`${SPOOL}/api/v1/uploads`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${token}`, "tus-resumable": "1.0.0", "upload-length": String(bytes.length),
        "content-type": "application/offset+octet-stream",
      },
      body: bytes,
    });
    expect(up.status === 201, `upload: ${up.status} ${await up.text()}`);
    const uploadId = up.headers.get("location").split("/").pop();
    const caption = `interop clip ${Date.now()} #fedify`;
    const video = await spool("POST", "/api/v1/videos", { token, body: { upload_id: uploadId, caption } });
    await eventually(`video ${video.id} ready`, async () => {
      const v = await spool("GET", `/api/v1/videos/${video.id}`, { token });
      expect(v.state !== "failed", `processing failed: ${JSON.stringify(v.failure)}`);
      return v.state === "ready";
    });
    const objectId = `${SPOOL}/ap/videos/${video.id}`;
    videoObjectId = { id: video.id, objectId };
    const c = await eventually(`a Create of ${objectId} in Fedify's inbox`, async () =>
      (await log()).find((l) => l.kind === "Create" && l.objectId === objectId));
    expect(c.actor === aliceActor, `Create actor ${c.actor}`);
    expect(c.objectType === "Video", `object type ${c.objectType}`);
    expect(c.attributedTo?.includes(aliceActor), `attributedTo ${JSON.stringify(c.attributedTo)}`);
    const playlist = c.urls?.find((u) => u.href?.endsWith("master.m3u8"));
    expect(playlist, `no url ending with master.m3u8 in ${JSON.stringify(c.urls)}`);
    expect(String(c.content).includes("interop clip"), `content ${JSON.stringify(c.content)}`);
    const res = await fetch(playlist.href);
    expect(res.status === 200, `the playlist answers ${res.status}`);
    return `${c.objectType} ${c.objectId}, url ${playlist.href} (${playlist.mediaType ?? "no mediaType"}), playlist answers 200`;
  });

  // ---- 4b. Shares (Announce) -----------------------------------------------------------
  await check("4b Fedify's Announce of the Spool clip counts as a share; its Undo takes it back", async () => {
    expect(videoObjectId, "no clip was published");
    const shares = async () => (await spool("GET", `/api/v1/videos/${videoObjectId.id}`, { token })).share_count;
    const before = await shares();
    const a = await peer("POST", `/admin/announce?object=${encodeURIComponent(videoObjectId.objectId)}`);
    await eventually("share_count up by one", async () => (await shares()) === before + 1);
    await peer("POST", `/admin/unannounce?announce=${encodeURIComponent(a.announce)}`);
    await eventually("share_count back", async () => (await shares()) === before);
    return `share_count ${before} -> ${before + 1} -> ${before}`;
  });
  await check("4c Fedify's Announce of a Note Spool never got brings it (fetched from Fedify) into the feed, shared by the peer", async () => {
    const text = `shared note ${Date.now()}`;
    const { note } = await peer("POST", `/admin/note?text=${encodeURIComponent(text)}`);
    expect(!(await feed()).some((x) => x.id === note), "the Note is in the feed before it was shared");
    const a = await peer("POST", `/admin/announce?object=${encodeURIComponent(note)}`);
    const p = await eventually(`${note} in the feed`, async () => (await feed()).find((x) => x.id === note));
    expect(p.shared_by === bobActor, `shared_by ${p.shared_by}`);
    expect(String(p.object?.content).includes(text), `content ${JSON.stringify(p.object?.content)}`);
    await peer("POST", `/admin/unannounce?announce=${encodeURIComponent(a.announce)}`);
    await eventually(`${note} gone after the Undo`, async () => !(await feed()).some((x) => x.id === note));
    return `${note} shared by ${p.shared_by}, gone after the Undo`;
  });

  // ---- 5. Deliveries changed on the way are refused --------------------------------------
  let t;
  await check("5  Fedify signs a Create(Note) and sends altered copies to Spool's shared inbox", async () => {
    t = await peer("POST", `/admin/tamper?inbox=${encodeURIComponent(`${SPOOL}/ap/inbox`)}&text=${encodeURIComponent(`signed original ${Date.now()}`)}`);
    return t.note;
  });
  for (const [key, what] of [
    ["unsigned", "5a an unsigned delivery is refused with 401"],
    ["bodyChanged", "5b a signed delivery whose body was changed is refused with 401"],
    ["digestRecomputed", "5c a changed body with a recomputed Digest (signature no longer matches) is refused with 401"],
  ]) {
    await check(what, async () => {
      expect(t?.[key], "not sent");
      expect(t[key].status === 401, `answered ${t[key].status} ${t[key].answer}`);
      return `401 ${t[key].answer.slice(0, 120)}`;
    });
  }
  await check("5d the same delivery, unchanged, is accepted, and only it reaches the feed", async () => {
    expect(t?.original, "not sent");
    expect(t.original.status >= 200 && t.original.status < 300, `answered ${t.original.status} ${t.original.answer}`);
    const p = await eventually(`${t.note} in the feed`, async () => (await feed()).find((x) => x.id === t.note));
    expect(!JSON.stringify(p.object).includes("TAMPERED"), `a tampered copy got in: ${JSON.stringify(p.object)}`);
    expect(!(await feed()).some((x) => JSON.stringify(x.object).includes("TAMPERED")), "a tampered copy is in the feed");
    return `${t.original.status}, feed holds the original text`;
  });

  // ---- 6. Taking things back: Delete and Undo, both ways ------------------------------------
  await check("6a Fedify's Delete of its Note removes it from the Spool feed", async () => {
    expect(peerNote, "no Note was posted");
    expect((await feed()).some((x) => x.id === peerNote), "the Note is not in the feed");
    await peer("POST", `/admin/delete?note=${encodeURIComponent(peerNote)}`);
    await eventually(`${peerNote} gone from the feed`, async () => !(await feed()).some((x) => x.id === peerNote));
    return `${peerNote} gone`;
  });
  await check("6b Spool's Delete of the clip reaches Fedify", async () => {
    expect(videoObjectId, "no clip was published");
    const r = await http("DELETE", `${SPOOL}/api/v1/videos/${videoObjectId.id}`, { token });
    expect(r.status === 204, `DELETE answered ${r.status} ${r.text}`);
    const d = await eventually(`a Delete of ${videoObjectId.objectId} in Fedify's inbox`, async () =>
      (await log()).find((l) => l.kind === "Delete" && l.object === videoObjectId.objectId));
    expect(d.actor === aliceActor, `Delete actor ${d.actor}`);
    return `Delete ${d.id}`;
  });
  await check("6c Fedify's Undo of its Follow removes it from Spool's followers", async () => {
    expect(peerFollow, "no Follow was sent");
    await peer("POST", `/admin/unfollow?actor=${encodeURIComponent(aliceActor)}`);
    await eventually("gone from /api/v1/federation/followers", async () =>
      !(await spool("GET", "/api/v1/federation/followers", { token })).some((x) => x.actor === bobActor));
    return "no longer listed";
  });
  await check("6d Spool's unfollow reaches Fedify as an Undo of its Follow", async () => {
    expect(spoolFollowId, "Fedify never received the Follow");
    const r = await http("DELETE", `${SPOOL}/api/v1/federation/follows/${encodeURIComponent(peerAcct)}`, { token });
    expect(r.status === 204, `DELETE answered ${r.status} ${r.text}`);
    const u = await eventually("an Undo from Spool in Fedify's inbox", async () =>
      (await log()).find((l) => l.kind === "Undo" && l.actor === aliceActor));
    expect(u.object === spoolFollowId, `Undo of ${u.object}, not of ${spoolFollowId}`);
    const left = (await spool("GET", "/api/v1/federation/follows", { token })).filter((x) => x.actor === bobActor);
    expect(left.length === 0, `still listed: ${JSON.stringify(left)}`);
    const followers = await peer("GET", "/admin/followers");
    expect(!followers.includes(aliceActor), "Fedify still lists the Spool account as a follower");
    return `Undo ${u.id} of ${u.object}`;
  });
}

for (const p of PEERS) {
  try {
    await suite(p);
  } catch (e) {
    label = "";
    fail(`setting up with ${p}`, e?.stack ?? String(e));
  }
}
console.log(`interop: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
