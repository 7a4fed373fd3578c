// An independent ActivityPub peer for the interoperability test: one account on Fedify
// (https://fedify.dev, npm @fedify/fedify 1.5.9, the last release line that runs on
// Node 20), on plain HTTP on loopback. It speaks to Spool only through ActivityPub
// (WebFinger, actor documents, signed inbox deliveries) and keeps what it receives, so
// that the test (interop.mjs) can ask it through the admin routes:
//
//   PORT=8002 AP_USER=bob node peer.mjs
//   (env: PEER_KEYS=RSASSA-PKCS1-v1_5,Ed25519 the actor's key types in order,
//    KEYFILE=path where its keys are kept, FEDIFY_LOG=debug)
//
//   POST /admin/follow?acct=alice@localhost:8001  WebFinger (over http) + signed Follow
//   POST /admin/post?text=hello                    Create(Note) to every follower
//   POST /admin/note?text=hello                    a Note served at its id, sent to no one
//   POST /admin/announce?object=URL                Announce (share) of URL to every follower
//   POST /admin/unannounce?announce=URL            Undo of that Announce to every follower
//   POST /admin/delete?note=URL                    Delete(Tombstone) of a Note to every follower
//   POST /admin/unfollow?actor=URL                 Undo of the Follow sent to that actor
//   POST /admin/tamper?inbox=URL&text=T            signed deliveries of a Create(Note),
//                                                  tampered ones first, then the original
//   GET  /admin/info                               its actor, acct, key types, Fedify version
//   GET  /admin/log                                activities received, verified (JSON)
//   GET  /admin/requests                           every inbox request and its status
//   GET  /admin/followers                          follower actor ids (JSON)
//
// Every admin answer is JSON; a failure answers 500 with {"error": ...}.
import http from "node:http";
import { AsyncLocalStorage } from "node:async_hooks";
import fs from "node:fs";
import {
  Accept, Announce, Create, Endpoints, Follow, Link, MemoryKvStore, Note, Person, PUBLIC_COLLECTION,
  Tombstone, Undo, Update, Delete, createFederation, exportJwk, generateCryptoKeyPair, importJwk, isActor,
  signRequest,
} from "@fedify/fedify";
import { Temporal } from "@js-temporal/polyfill"; // the one Fedify uses (Node 20 has none)
import { configure, getConsoleSink } from "@logtape/logtape";

const FEDIFY_VERSION = JSON.parse(fs.readFileSync(new URL("./node_modules/@fedify/fedify/package.json", import.meta.url), "utf8")).version;
const PORT = Number(process.env.PORT ?? 8002);
// A name, not 127.0.0.1: Spool (activitypub_federation) refuses IP-literal URLs.
const HOST = process.env.AP_HOST ?? "localhost";
const USER = process.env.AP_USER ?? "bob";
const ORIGIN = `http://${HOST}:${PORT}`;
const KEYFILE = process.env.KEYFILE ?? `./${USER}-${PORT}-keys.json`;

await configure({
  contextLocalStorage: new AsyncLocalStorage(),
  sinks: { console: getConsoleSink() },
  loggers: [
    { category: "fedify", lowestLevel: process.env.FEDIFY_LOG ?? "info", sinks: ["console"] },
    { category: ["logtape", "meta"], lowestLevel: "warning", sinks: ["console"] },
  ],
});

const federation = createFederation({
  kv: new MemoryKvStore(),
  origin: ORIGIN,            // its own base URL, whatever the Host header says
  allowPrivateAddress: true, // else Fedify refuses to fetch from loopback addresses
  // No `queue`: sendActivity() delivers at once and throws when the peer refuses, so a
  // refusal by Spool fails the admin call (and the test) with Spool's answer.
});

const received = [];  // verified activities, as Fedify understood them
const requests = [];  // every POST to an inbox: path, status, signer, type
const followers = new Map(); // actor id -> Actor
const notes = new Map();     // note id (the last path segment) -> Note, served at its id
const announces = new Map(); // Announce id -> Announce
const following = new Map(); // actor id -> { follow: Follow, target: Actor }

// PEER_KEYS: the actor's key types, in order. The default, RSA then Ed25519, is the set
// Fedify's manual recommends (HTTP signatures with the RSA key, object integrity proofs
// with the Ed25519 one); "RSASSA-PKCS1-v1_5" alone is the minimal peer.
const KEY_TYPES = (process.env.PEER_KEYS ?? "RSASSA-PKCS1-v1_5,Ed25519").split(",").map((s) => s.trim()).filter(Boolean);

async function keyPairs() {
  if (fs.existsSync(KEYFILE)) {
    const stored = JSON.parse(fs.readFileSync(KEYFILE, "utf8"));
    if (stored.types?.join() === KEY_TYPES.join()) {
      return Promise.all(stored.pairs.map(async (j) => ({
        privateKey: await importJwk(j.privateKey, "private"), publicKey: await importJwk(j.publicKey, "public"),
      })));
    }
  }
  const pairs = await Promise.all(KEY_TYPES.map((t) => generateCryptoKeyPair(t)));
  fs.writeFileSync(KEYFILE, JSON.stringify({
    types: KEY_TYPES,
    pairs: await Promise.all(pairs.map(async (kp) => ({ privateKey: await exportJwk(kp.privateKey), publicKey: await exportJwk(kp.publicKey) }))),
  }));
  return pairs;
}
const PAIRS = await keyPairs();
const RSA = PAIRS.find((kp) => kp.privateKey.algorithm.name === "RSASSA-PKCS1-v1_5");
if (!RSA) throw new Error("PEER_KEYS needs an RSASSA-PKCS1-v1_5 key (HTTP signatures)");

federation
  .setActorDispatcher("/users/{identifier}", async (ctx, identifier) => {
    if (identifier !== USER) return null;
    const keys = await ctx.getActorKeyPairs(identifier);
    return new Person({
      id: ctx.getActorUri(identifier),
      preferredUsername: identifier,
      name: `Fedify peer ${identifier}`,
      inbox: ctx.getInboxUri(identifier),
      endpoints: new Endpoints({ sharedInbox: ctx.getInboxUri() }),
      followers: ctx.getFollowersUri(identifier),
      // One key: `publicKey` is one object (id <actor>#main-key); several: a list.
      publicKeys: keys.map((k) => k.cryptographicKey),
      assertionMethods: keys.map((k) => k.multikey),
    });
  })
  .mapHandle(async (_ctx, username) => (username === USER ? USER : null))
  .setKeyPairsDispatcher(async (_ctx, identifier) => (identifier === USER ? PAIRS : []));

federation.setFollowersDispatcher("/users/{identifier}/followers", async (_ctx, identifier) =>
  identifier === USER ? { items: [...followers.values()] } : null);

function log(kind, activity, extra = {}) {
  const line = { kind, id: activity.id?.href, actor: activity.actorId?.href, ...extra };
  received.push(line);
  console.log("RECEIVED", JSON.stringify(line));
}

const href = (u) => (u instanceof URL ? u.href : u instanceof Link ? u.href?.href : undefined);

// Notes are served at their id (what a server that got an Announce of one fetches).
federation.setObjectDispatcher(Note, "/notes/{id}", (_ctx, values) => notes.get(values.id) ?? null);

federation
  .setInboxListeners("/users/{identifier}/inbox", "/inbox")
  .on(Follow, async (ctx, follow) => {
    log("Follow", follow, { object: follow.objectId?.href });
    const parsed = ctx.parseUri(follow.objectId);
    if (parsed?.type !== "actor" || parsed.identifier !== USER) return;
    const follower = await follow.getActor(ctx);
    if (!isActor(follower)) return;
    followers.set(follower.id.href, follower);
    await ctx.sendActivity({ identifier: USER }, follower, new Accept({
      id: new URL(`/accepts/${Date.now()}`, ORIGIN),
      actor: follow.objectId,
      object: follow,
    }));
  })
  .on(Accept, async (_ctx, accept) => log("Accept", accept, { object: accept.objectId?.href }))
  .on(Create, async (ctx, create) => {
    const obj = await create.getObject(ctx); // embedded, or fetched by its id
    log("Create", create, {
      objectType: obj?.constructor?.name,
      objectId: obj?.id?.href,
      attributedTo: obj?.attributionIds?.map((u) => u.href),
      urls: obj?.urls?.map((u) => ({ href: href(u), mediaType: u instanceof Link ? u.mediaType : undefined })),
      content: obj?.content?.toString(),
      name: obj?.name?.toString(),
      to: create.toIds?.map((u) => u.href),
    });
  })
  .on(Delete, async (_ctx, del) => log("Delete", del, { object: del.objectId?.href }))
  .on(Update, async (_ctx, update) => {
    const object = await update.getObject();
    log("Update", update, { object: update.objectId?.href, objectType: object?.constructor?.name, name: object?.name?.toString() });
  })
  .on(Undo, async (_ctx, undo) => {
    log("Undo", undo, { object: undo.objectId?.href });
    if (undo.actorId) followers.delete(undo.actorId.href);
  })
  .onError((_ctx, error) => console.error("INBOX ERROR", error));

// Fedify's own WebFinger lookup always builds an https:// URL; over plain HTTP the peer
// makes the WebFinger request itself and dereferences the `self` link with Fedify.
async function webfingerHttp(acct) {
  const host = acct.replace(/^@/, "").split("@")[1];
  const u = new URL(`http://${host}/.well-known/webfinger`);
  u.searchParams.set("resource", `acct:${acct.replace(/^@/, "")}`);
  const r = await fetch(u, { headers: { accept: "application/jrd+json" } });
  if (!r.ok) throw new Error(`WebFinger ${u} -> ${r.status} ${await r.text()}`);
  const jrd = await r.json();
  const self = jrd.links?.find((l) => l.rel === "self" && /activity\+json|ld\+json/.test(l.type ?? ""));
  if (!self) throw new Error(`no self link in ${JSON.stringify(jrd)}`);
  return { jrd, actor: new URL(self.href) };
}

/** POSTs `body` to `inbox`, signed by this peer as Fedify signs its deliveries;
 * `tamper(signedRequest)` may change the request after signing. Answers the status. */
async function deliverSigned(inbox, body, tamper = (r) => r) {
  const ctx = federation.createContext(new URL(ORIGIN), undefined);
  const unsigned = new Request(inbox, {
    method: "POST",
    headers: { "content-type": "application/activity+json", accept: "application/activity+json" },
    body,
  });
  const rsaKey = (await ctx.getActorKeyPairs(USER)).find((k) => k.privateKey.algorithm.name === "RSASSA-PKCS1-v1_5");
  const signed = await signRequest(unsigned, rsaKey.privateKey, rsaKey.keyId);
  const req = await tamper(signed);
  const res = await fetch(req, { redirect: "manual" });
  return { status: res.status, answer: (await res.text()).slice(0, 300) };
}

async function sha256Digest(text) {
  const d = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return `SHA-256=${Buffer.from(d).toString("base64")}`;
}

async function hasKey(actor) {
  for await (const _ of actor.getPublicKeys()) return true;
  return false;
}

let seq = 0;
async function admin(req, url) {
  const ctx = federation.createContext(new URL(ORIGIN), undefined);
  const me = ctx.getActorUri(USER);
  if (req.method === "POST" && url.pathname === "/admin/follow") {
    const { jrd, actor: actorUrl } = await webfingerHttp(url.searchParams.get("acct"));
    const target = await ctx.lookupObject(actorUrl);
    if (!isActor(target)) throw new Error(`${actorUrl} is not an actor`);
    const id = new URL(`/follows/${Date.now()}-${seq++}`, ORIGIN);
    const follow = new Follow({ id, actor: me, object: target.id });
    await ctx.sendActivity({ identifier: USER }, target, follow);
    following.set(target.id.href, { follow, target });
    return {
      follow: id.href, subject: jrd.subject, actor: target.id.href,
      inbox: target.inboxId?.href, sharedInbox: target.endpoints?.sharedInbox?.href,
      type: target.constructor.name, preferredUsername: target.preferredUsername?.toString(),
      hasKey: await hasKey(target),
    };
  }
  if (req.method === "POST" && (url.pathname === "/admin/post" || url.pathname === "/admin/note")) {
    const n = `${Date.now()}-${seq++}`;
    const note = new Note({
      id: new URL(`/notes/${n}`, ORIGIN), attribution: me,
      content: url.searchParams.get("text") ?? "hello from fedify",
      published: Temporal.Now.instant(),
      to: PUBLIC_COLLECTION, cc: ctx.getFollowersUri(USER),
    });
    notes.set(n, note);
    if (url.pathname === "/admin/note") return { note: note.id.href };
    await ctx.sendActivity({ identifier: USER }, "followers", new Create({
      id: new URL(`/creates/${n}`, ORIGIN), actor: me, object: note,
      to: PUBLIC_COLLECTION, cc: ctx.getFollowersUri(USER),
    }));
    return { note: note.id.href, create: `${ORIGIN}/creates/${n}`, followers: followers.size };
  }
  if (req.method === "POST" && url.pathname === "/admin/announce") {
    const id = new URL(`/announces/${Date.now()}-${seq++}`, ORIGIN);
    const announce = new Announce({
      id, actor: me, object: new URL(url.searchParams.get("object")),
      published: Temporal.Now.instant(), to: PUBLIC_COLLECTION, cc: ctx.getFollowersUri(USER),
    });
    await ctx.sendActivity({ identifier: USER }, "followers", announce);
    announces.set(id.href, announce);
    return { announce: id.href, followers: followers.size };
  }
  if (req.method === "POST" && url.pathname === "/admin/unannounce") {
    const announce = announces.get(url.searchParams.get("announce"));
    if (!announce) throw new Error("no such Announce was sent");
    const id = new URL(`/undos/${Date.now()}-${seq++}`, ORIGIN);
    await ctx.sendActivity({ identifier: USER }, "followers", new Undo({
      id, actor: me, object: announce, to: PUBLIC_COLLECTION, cc: ctx.getFollowersUri(USER),
    }));
    return { undo: id.href };
  }
  if (req.method === "POST" && url.pathname === "/admin/delete") {
    const note = new URL(url.searchParams.get("note"));
    const id = new URL(`/deletes/${Date.now()}-${seq++}`, ORIGIN);
    await ctx.sendActivity({ identifier: USER }, "followers", new Delete({
      id, actor: me, object: new Tombstone({ id: note }), to: PUBLIC_COLLECTION, cc: ctx.getFollowersUri(USER),
    }));
    return { delete: id.href, note: note.href, followers: followers.size };
  }
  if (req.method === "POST" && url.pathname === "/admin/unfollow") {
    const actor = url.searchParams.get("actor");
    const f = following.get(actor);
    if (!f) throw new Error(`no Follow was sent to ${actor}`);
    const id = new URL(`/undos/${Date.now()}-${seq++}`, ORIGIN);
    await ctx.sendActivity({ identifier: USER }, f.target, new Undo({ id, actor: me, object: f.follow }));
    following.delete(actor);
    return { undo: id.href, follow: f.follow.id.href };
  }
  if (req.method === "POST" && url.pathname === "/admin/tamper") {
    // One Create(Note), signed by this peer. Sent three times with a changed body, then
    // once as signed: only the last may be taken.
    const inbox = url.searchParams.get("inbox");
    const text = url.searchParams.get("text") ?? "signed original";
    const n = `${Date.now()}-${seq++}`;
    const note = new Note({
      id: new URL(`/notes/${n}`, ORIGIN), attribution: me, content: text,
      published: Temporal.Now.instant(), to: PUBLIC_COLLECTION,
    });
    const create = new Create({ id: new URL(`/creates/${n}`, ORIGIN), actor: me, object: note, to: PUBLIC_COLLECTION });
    const body = JSON.stringify(await create.toJsonLd({ format: "compact", contextLoader: ctx.contextLoader }));
    const forged = body.replace(text, `TAMPERED ${text}`);
    if (forged === body) throw new Error("could not change the body");
    const out = { note: note.id.href, text };
    // 1. no signature at all
    out.unsigned = await (async () => {
      const res = await fetch(inbox, { method: "POST", headers: { "content-type": "application/activity+json" }, body: forged });
      return { status: res.status, answer: (await res.text()).slice(0, 300) };
    })();
    // 2. signed request, body changed afterwards (Digest and Signature as signed)
    out.bodyChanged = await deliverSigned(inbox, body, (r) => new Request(r.url, { method: "POST", headers: r.headers, body: forged }));
    // 3. body changed and Digest recomputed to match it (the Signature no longer does)
    out.digestRecomputed = await deliverSigned(inbox, body, async (r) => {
      const h = new Headers(r.headers);
      h.set("digest", await sha256Digest(forged));
      return new Request(r.url, { method: "POST", headers: h, body: forged });
    });
    // 4. the original, as signed
    out.original = await deliverSigned(inbox, body);
    return out;
  }
  if (url.pathname === "/admin/info") {
    return { actor: me.href, acct: `${USER}@${HOST}:${PORT}`, keys: KEY_TYPES, fedify: FEDIFY_VERSION };
  }
  if (url.pathname === "/admin/log") return received;
  if (url.pathname === "/admin/requests") return requests;
  if (url.pathname === "/admin/followers") return [...followers.keys()];
  return undefined;
}

function keyIdOf(sig) {
  return /keyId="([^"]*)"/.exec(sig ?? "")?.[1];
}

http.createServer(async (req, res) => {
  try {
    const url = new URL(req.url, ORIGIN);
    if (url.pathname.startsWith("/admin/")) {
      let out, status = 200;
      try {
        out = await admin(req, url);
        if (out === undefined) { status = 404; out = { error: "not found" }; }
      } catch (e) {
        console.error("ADMIN ERROR", url.pathname, e);
        status = 500; out = { error: String(e?.stack ?? e) };
      }
      res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(out, null, 1) + "\n");
      return;
    }
    const chunks = [];
    for await (const c of req) chunks.push(c);
    const headers = new Headers();
    for (const [k, v] of Object.entries(req.headers)) {
      if (Array.isArray(v)) v.forEach((x) => headers.append(k, x)); else if (v != null) headers.set(k, v);
    }
    const hasBody = !["GET", "HEAD"].includes(req.method);
    const body = hasBody ? Buffer.concat(chunks) : undefined;
    const request = new Request(url, { method: req.method, headers, body });
    const response = await federation.fetch(request, {
      contextData: undefined,
      onNotFound: () => new Response("not found\n", { status: 404 }),
      onNotAcceptable: () => new Response("not acceptable\n", { status: 406 }),
    });
    const answer = Buffer.from(await response.arrayBuffer());
    if (req.method === "POST") {
      let type;
      try { type = JSON.parse(body.toString("utf8")).type; } catch { /* not JSON */ }
      const line = { path: url.pathname, status: response.status, type, keyId: keyIdOf(req.headers.signature), answer: answer.toString("utf8").slice(0, 300) };
      requests.push(line);
      console.log("INBOX", JSON.stringify(line));
    }
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(answer);
  } catch (e) {
    console.error("ERROR", e);
    res.writeHead(500, { "content-type": "text/plain" }).end(String(e) + "\n");
  }
}).listen(PORT, "127.0.0.1", () => console.log(`fedify peer ${USER} on ${ORIGIN} (acct ${USER}@${HOST}:${PORT})`));
