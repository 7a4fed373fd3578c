// Unit test of web/src/federation.ts (run with `npm test` in web/): what the Following
// feed makes of posts from other instances — their HTML read as text, only playable
// videos kept, only http(s) addresses used — and how their pages are asked for.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { build } from 'esbuild';

const out = await build({
  entryPoints: [new URL('../src/federation.ts', import.meta.url).pathname],
  bundle: true, format: 'esm', platform: 'browser', write: false, logLevel: 'silent',
});
const { htmlToText, remoteItem, remoteFeed } = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);

const video = (over = {}) => ({
  id: 'https://remote.example/ap/videos/1', actor: 'https://remote.example/users/alex', kind: 'Video', published_ms: 1_700_000_000_000,
  object: {
    type: 'Video', content: '<p>Hi</p>',
    url: [
      { type: 'Link', mediaType: 'application/x-mpegURL', href: 'https://remote.example/media/v/1/master.m3u8' },
      { type: 'Link', mediaType: 'text/html', href: 'https://remote.example/v/1' },
    ],
    icon: { type: 'Image', url: 'https://remote.example/media/v/1/poster.jpg' },
  },
  ...over,
});

test('HTML from another instance becomes text: tags dropped, breaks kept, references decoded', () => {
  assert.equal(htmlToText('<p>Hello &lt;b&gt;world&lt;/b&gt; &amp; friends<br>line two</p><p>#tag</p>'), 'Hello <b>world</b> & friends\nline two\n\n#tag');
  assert.equal(htmlToText('<p>a<script>alert(1)</script><style>p{}</style>b</p>'), 'ab');
  assert.equal(htmlToText('<img src=x onerror="alert(1)"><a href="javascript:x" title="a>b">link</a>'), 'link');
  assert.equal(htmlToText('caf&#233; &#x1F600; &hellip; &unknown; &#0;'), 'café 😀 … &unknown; \ufffd');
  assert.equal(htmlToText('a < b and c > d'), 'a < b and c > d');
});

test('a Video with an HLS link is a clip labelled with its origin; the rest is left out', () => {
  const names = new Map([['https://remote.example/users/alex', 'alex@remote.example']]);
  const item = remoteItem(video(), names);
  assert.equal(item.video.playlist_url, 'https://remote.example/media/v/1/master.m3u8');
  assert.equal(item.video.poster_url, 'https://remote.example/media/v/1/poster.jpg');
  assert.equal(item.video.caption, 'Hi');
  assert.deepEqual(item.remote, { acct: 'alex@remote.example', host: 'remote.example', link: 'https://remote.example/v/1', sharedBy: null });
  // Brought by the share of someone followed: labelled with them (by address where known).
  const shared = video({ shared_by: 'https://other.example/users/sam' });
  assert.equal(remoteItem(shared, names).remote.sharedBy, 'other.example');
  const known = new Map([...names, ['https://other.example/users/sam', 'sam@other.example']]);
  assert.equal(remoteItem(shared, known).remote.sharedBy, 'sam@other.example');
  assert.equal(remoteItem(video({ shared_by: 'javascript:x' }), names).remote.sharedBy, null);
  // Nothing that would be sent back to this server as a local clip's.
  assert.equal(item.video.allow_comments, false);
  assert.deepEqual(item.video.captions, []);
  // Not followed by an address known here: the host alone.
  assert.equal(remoteItem(video(), new Map()).remote.acct, null);
  // A Note, a Video without a playlist, a playlist that is not http(s): none is a clip.
  assert.equal(remoteItem(video({ kind: 'Note' }), names), null);
  assert.equal(remoteItem(video({ object: { type: 'Video', url: 'https://remote.example/v/1' } }), names), null);
  assert.equal(remoteItem(video({ object: { url: [{ mediaType: 'application/x-mpegURL', href: 'javascript:alert(1)' }] } }), names), null);
  assert.equal(remoteItem(video({ actor: 'not a url' }), names), null);
  // A poster that is not http(s) is not used.
  assert.equal(remoteItem(video({ object: { ...video().object, icon: { url: 'data:image/png;base64,AA' } } }), names).video.poster_url, null);
});

/** Answers the client's requests from `routes` (path and query → [status, body]). */
function serve(routes) {
  const asked = [];
  globalThis.fetch = async (url) => {
    asked.push(url);
    const [status, body] = routes(url) ?? [404, { error: { code: 'not_found', message: 'route not found' } }];
    return new Response(status === 204 ? null : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  };
  return asked;
}
globalThis.sessionStorage ??= { getItem: () => null, setItem: () => undefined, removeItem: () => undefined };

test('no federation (404) or no part in it (403): no remote clips and no error', async () => {
  for (const status of [404, 403]) {
    serve(() => [status, { error: { code: status === 404 ? 'not_found' : 'forbidden', message: 'federation not found' } }]);
    assert.deepEqual(await remoteFeed()(null), { items: [], before: null });
  }
});

test('pages go on before the last post, past pages of text posts only', async () => {
  const note = (i) => ({ id: `n${i}`, actor: 'https://remote.example/users/alex', kind: 'Note', published_ms: 2000 - i, object: { content: 'x' } });
  const notes = Array.from({ length: 20 }, (_, i) => note(i));
  const asked = serve((url) => {
    if (url === '/api/v1/federation/follows') return [200, [{ acct: 'alex@remote.example', actor: 'https://remote.example/users/alex', state: 'active' }]];
    if (url === '/api/v1/federation/feed?limit=20') return [200, notes];
    if (url === '/api/v1/federation/feed?limit=20&before=1981') return [200, [video({ published_ms: 1500 })]];
    return undefined;
  });
  const page = await remoteFeed()(null);
  assert.equal(page.items.length, 1);
  assert.equal(page.items[0].remote.acct, 'alex@remote.example');
  // Fewer than a page: the end.
  assert.equal(page.before, null);
  assert.deepEqual(asked.filter((u) => u.includes('/feed')), ['/api/v1/federation/feed?limit=20', '/api/v1/federation/feed?limit=20&before=1981']);
});

test('other errors are told (the feed says them)', async () => {
  serve(() => [500, { error: { code: 'internal', message: 'boom' } }]);
  await assert.rejects(remoteFeed()(null), (e) => e.status === 500);
});
