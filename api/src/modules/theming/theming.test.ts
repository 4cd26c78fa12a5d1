import { beforeAll, expect, it } from 'vitest';
import { describeApi } from '../../test/api';
import {
  createEndUser,
  createReseller,
  setupMaster,
  type EndUserClient,
  type MasterClient,
  type ResellerAdminClient,
} from '../../test/factories';
import { DEFAULT_SETTINGS } from './brand-settings';
import { HOSTILE_SVG, solidPng } from './testing';

const THEME = `name version draft logoUrl faviconUrl cssVariables { name value }
  settings { palette { primary accent neutral success warning danger } radius density defaultSkin defaultTextOnly
    usersChooseSkin usersChooseLanguage defaultLanguage logo favicon texts { language key text } }`;
const Q = {
  branding: `query($p: Boolean) { branding { companyName theme(preview: $p) { ${THEME} } } }`,
  editor: `query { brandEditor { published { name version } draft { name } versions { number name publishedBy current } } }`,
  save: `mutation($i: BrandDraftInput!) { saveBrandDraft(input: $i) { draft { ${THEME} } } }`,
  publish: `mutation { publishBrandDraft { published { name version } draft { name } versions { number current } } }`,
  discard: `mutation { discardBrandDraft { draft { name } } }`,
  rollback: `mutation($v: Int!) { rollbackBrand(version: $v) { published { name version } versions { number current } } }`,
  upload: `mutation($i: BrandImageInput!) { uploadBrandImage(input: $i) { hash kind contentType width height bytes url } }`,
  export: `query($v: Int) { brandExport(version: $v) }`,
  import: `mutation($f: String!) { importBrand(file: $f) { draft { ${THEME} } } }`,
  gallery: `query { brandGallery { name settings { palette { primary } } cssVariables { name value } } }`,
  prefs: `mutation($i: PreferencesInput!) { updatePreferences(input: $i) { skin textOnly language canChooseSkin } }`,
};

const settings = (over: Record<string, unknown> = {}) => ({
  ...DEFAULT_SETTINGS,
  palette: { ...DEFAULT_SETTINGS.palette, primary: '#0e7490', neutral: '#082f49' },
  texts: [{ language: 'EN', key: 'login.title', text: 'Welcome to Blue' }],
  ...over,
});
const b64 = (b: Buffer | string) => Buffer.from(b).toString('base64');
const codeOf = (r: { errors?: Array<{ extensions?: { code?: unknown } }> }) => r.errors?.[0]?.extensions?.code;
const fieldsOf = (r: { errors?: Array<{ extensions?: { fields?: Array<{ field: string }> } }> }) =>
  r.errors?.[0]?.extensions?.fields?.map((f) => f.field);

describeApi('theming: a company’s brand, drafted, previewed, published, rolled back, carried (RES-3, LF-2)', (api) => {
  let master: MasterClient;
  let blue: ResellerAdminClient;
  let green: ResellerAdminClient;
  let customer: EndUserClient;

  beforeAll(async () => {
    master = await setupMaster(api);
    blue = await createReseller(master, api, { name: 'Blue Hosting' });
    green = await createReseller(master, api, { name: 'Green Hosting' });
    customer = await createEndUser(blue, api);
  });

  it('a draft is seen only by its company’s admins in preview; publishing shows it to everyone on its host', async () => {
    const anon = api.client(blue.cpHost);
    const before = (await anon.ok(Q.branding)).branding.theme;
    expect(before).toMatchObject({ name: 'Classic', version: null, draft: false, faviconUrl: '/brand/favicon' });

    const saved = (await blue.ok(Q.save, { i: { name: 'Blue tide', settings: settings() } })).saveBrandDraft.draft;
    expect(saved).toMatchObject({ name: 'Blue tide', draft: true });
    expect(saved.cssVariables).toContainEqual({ name: '--brand-primary', value: '#0e7490' });

    // Preview: the company's admin sees the draft; the public, its customers and other companies do not.
    expect((await blue.ok(Q.branding, { p: true })).branding.theme.name).toBe('Blue tide');
    expect((await blue.ok(Q.branding, { p: false })).branding.theme.name).toBe('Classic');
    expect((await anon.ok(Q.branding, { p: true })).branding.theme.name).toBe('Classic');
    expect((await customer.ok(Q.branding, { p: true })).branding.theme.name).toBe('Classic');
    expect((await api.client(green.cpHost).ok(Q.branding, { p: true })).branding.theme.name).toBe('Classic');

    const published = (await blue.ok(Q.publish)).publishBrandDraft;
    expect(published).toMatchObject({ published: { name: 'Blue tide', version: 1 }, draft: null });
    const shown = (await anon.ok(Q.branding)).branding.theme;
    expect(shown).toMatchObject({ name: 'Blue tide', version: 1, draft: false });
    expect(shown.settings.texts).toEqual([{ language: 'EN', key: 'login.title', text: 'Welcome to Blue' }]);
    // Green and the master are untouched.
    expect((await api.client(green.cpHost).ok(Q.branding)).branding.theme.name).toBe('Classic');
    expect((await master.ok(Q.branding)).branding.theme.name).toBe('Classic');

    // The stylesheet the page links carries it from the first paint, on Blue's host only.
    const css = await anon.request('GET', '/brand.css');
    expect(css.status).toBe(200);
    expect(css.headers['content-type']).toMatch(/^text\/css/);
    expect(css.text).toContain('--brand-primary: #0e7490;');
    expect((await api.client(green.cpHost).request('GET', '/brand.css')).text).toContain('--brand-primary: #2552eb;');

    const editor = (await blue.ok(Q.editor)).brandEditor;
    expect(editor.versions).toEqual([{ number: 1, name: 'Blue tide', publishedBy: blue.login, current: true }]);
    const trail = (await blue.ok(`query { auditEvents(first: 5) { nodes { action detail } } }`)).auditEvents.nodes;
    expect(trail[0]).toEqual({ action: 'brand.published', detail: 'Published theme “Blue tide” as version 1' });
  });

  it('publishing sets what users may choose (LF-3); rolling back restores the earlier version', async () => {
    await blue.ok(Q.save, {
      i: {
        name: 'Locked',
        settings: settings({
          usersChooseSkin: false,
          defaultSkin: 'EXPRESSIA',
          defaultTextOnly: true,
          defaultLanguage: 'DE',
        }),
      },
    });
    await blue.ok(Q.publish);
    const refused = await customer.gql(Q.prefs, { i: { skin: 'NO_MENU' } });
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(refused)).toEqual(['skin']);
    const language = (await customer.ok(Q.prefs, { i: { language: 'EN' } })).updatePreferences;
    expect(language).toEqual({ skin: 'EXPRESSIA', textOnly: true, language: 'EN', canChooseSkin: false });

    const back = (await blue.ok(Q.rollback, { v: 1 })).rollbackBrand;
    expect(back.published).toEqual({ name: 'Blue tide', version: 1 });
    expect(back.versions).toEqual([
      { number: 2, current: false },
      { number: 1, current: true },
    ]);
    const free = (await customer.ok(Q.prefs, { i: { skin: 'NO_MENU' } })).updatePreferences;
    expect(free).toEqual({ skin: 'NO_MENU', textOnly: false, language: 'EN', canChooseSkin: true });
    expect(codeOf(await blue.gql(Q.rollback, { v: 1 }))).toBe('CONFLICT');
    // Versions are each company's own: Green has no version 2.
    expect(codeOf(await green.gql(Q.rollback, { v: 2 }))).toBe('NOT_FOUND');
    expect((await api.client(blue.cpHost).ok(Q.branding)).branding.theme.version).toBe(1);
  });

  it('refuses low contrast and bad texts per field, and changes nothing', async () => {
    const bad = await blue.gql(Q.save, {
      i: {
        name: '',
        settings: settings({
          palette: { ...DEFAULT_SETTINGS.palette, primary: '#93c5fd' },
          texts: [{ language: 'EN', key: 'x y', text: 'a' }],
        }),
      },
    });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(bad)).toEqual(['name', 'settings.palette.primary', 'settings.texts.0.key']);
    expect(bad.errors?.[0]?.extensions?.fields).toContainEqual({
      field: 'settings.palette.primary',
      message: expect.stringMatching(/#93c5fd with white text has a contrast of 1\.\d\d:1; WCAG AA needs 4\.5:1/),
    });
    expect((await blue.ok(Q.editor)).brandEditor.draft).toBeNull();
    expect(codeOf(await blue.gql(Q.publish))).toBe('CONFLICT');
    expect(codeOf(await blue.gql(Q.discard))).toBe('CONFLICT');
  });

  it('images: a PNG is kept as given, an SVG is sanitised, each served on its own company’s host only', async () => {
    const png = (await blue.ok(Q.upload, { i: { kind: 'LOGO', data: b64(solidPng(64, 32)) } })).uploadBrandImage;
    expect(png).toMatchObject({ kind: 'LOGO', contentType: 'image/png', width: 64, height: 32 });
    const svg = (await blue.ok(Q.upload, { i: { kind: 'LOGO', data: b64(HOSTILE_SVG) } })).uploadBrandImage;
    expect(svg).toMatchObject({ contentType: 'image/svg+xml', width: 120, height: 40 });

    const served = await api.client(blue.cpHost).request('GET', svg.url);
    expect(served.status).toBe(200);
    expect(served.headers['content-type']).toBe('image/svg+xml');
    expect(served.headers['content-security-policy']).toMatch(/default-src 'none'.*sandbox/);
    for (const gone of ['<script', 'onload', 'onclick', 'foreignObject', '<image', 'evil.example', 'tracker.example'])
      expect(served.text).not.toContain(gone);
    expect(served.text).toContain('Hosting');
    // Not on another company's host, nor on the master's.
    expect((await api.client(green.cpHost).request('GET', svg.url)).status).toBe(404);
    expect((await master.request('GET', svg.url)).status).toBe(404);

    // Refusals name the field: not an image, too big, too small, not base64.
    const refusals = [
      [{ kind: 'LOGO', data: b64('hello, not an image') }, /PNG, JPEG, WebP or SVG/],
      [{ kind: 'FAVICON', data: b64(solidPng(600, 600)) }, /at most 512 pixels/],
      [{ kind: 'LOGO', data: b64(solidPng(8, 8)) }, /at least 16 pixels/],
      [{ kind: 'LOGO', data: 'not base64!' }, /base64/],
      [{ kind: 'FAVICON', data: b64(Buffer.alloc(9 * 1024, 65)) }, /at most 8 KiB/],
    ] as const;
    for (const [input, message] of refusals) {
      const r = await blue.gql(Q.upload, { i: input });
      expect(r.errors?.[0]?.extensions?.fields).toEqual([{ field: 'data', message: expect.stringMatching(message) }]);
    }

    // A theme names only its own company's images; the favicon follows the published theme.
    const foreign = await green.gql(Q.save, { i: { name: 'Stolen', settings: settings({ logo: svg.hash }) } });
    expect(fieldsOf(foreign)).toEqual(['settings.logo']);
    const icon = (await blue.ok(Q.upload, { i: { kind: 'FAVICON', data: b64(solidPng(32, 32)) } })).uploadBrandImage;
    await blue.ok(Q.save, { i: { name: 'With logo', settings: settings({ logo: svg.hash, favicon: icon.hash }) } });
    await blue.ok(Q.publish);
    const theme = (await api.client(blue.cpHost).ok(Q.branding)).branding.theme;
    expect(theme).toMatchObject({ logoUrl: svg.url, faviconUrl: icon.url });
    const favicon = await api.client(blue.cpHost).request('GET', '/brand/favicon');
    expect(favicon.headers['content-type']).toBe('image/png');
    // A company without its own favicon gets its initial, not anyone's mark.
    const greenIcon = await api.client(green.cpHost).request('GET', '/brand/favicon');
    expect(greenIcon.headers['content-type']).toBe('image/svg+xml');
    expect(greenIcon.text).toMatch(/>G<\/text>/);
  });

  it('a theme exported from one company imports on another as its draft; a bad file changes nothing', async () => {
    const file = (await blue.ok(Q.export, {})).brandExport as string;
    const parsed = JSON.parse(file);
    expect(parsed).toMatchObject({ format: 'brand-theme', formatVersion: 1, name: 'With logo' });
    expect(file).not.toMatch(/Heliosphere|Blue Hosting/);

    const draft = (await green.ok(Q.import, { f: file })).importBrand.draft;
    expect(draft).toMatchObject({ name: 'With logo', draft: true });
    expect(draft.settings.palette.primary).toBe('#0e7490');
    expect(parsed.images.logo).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(draft.settings.logo).toMatch(/^[0-9a-f]{64}$/);
    // The images came with the file and are Green's now, served on Green's host.
    expect((await api.client(green.cpHost).request('GET', draft.logoUrl)).status).toBe(200);
    await green.ok(Q.discard);

    const bads: Array<[string, string[]]> = [
      ['{ not json', ['file']],
      [JSON.stringify({ ...parsed, format: 'other' }), ['format']],
      [
        JSON.stringify({
          ...parsed,
          settings: { ...parsed.settings, palette: { ...parsed.settings.palette, danger: '#fca5a5' } },
        }),
        ['settings.palette.danger'],
      ],
      [JSON.stringify({ ...parsed, images: { logo: b64('<svg><script/></svg>'), favicon: null } }), ['images.logo']],
    ];
    for (const [f, fields] of bads) {
      const r = await green.gql(Q.import, { f });
      expect([f.slice(0, 30), fieldsOf(r)]).toEqual([f.slice(0, 30), fields]);
    }
    expect((await green.ok(Q.editor)).brandEditor.draft).toBeNull();
  });

  it('the gallery offers built-in themes; only admins reach the editor, each for its own company', async () => {
    const gallery = (await blue.ok(Q.gallery)).brandGallery;
    expect(gallery.map((t: { name: string }) => t.name)).toEqual([
      'Classic',
      'Forest',
      'Sunset',
      'Graphite',
      'Ocean',
      'Berry',
    ]);
    for (const q of [Q.editor, Q.gallery, Q.publish, Q.discard])
      expect(codeOf(await customer.gql(q))).toBe('FORBIDDEN');
    expect(codeOf(await customer.gql(Q.upload, { i: { kind: 'LOGO', data: b64(solidPng(20, 20)) } }))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(await api.client(blue.cpHost).gql(Q.editor))).toBe('UNAUTHENTICATED');
    // Each admin's editor is its own company's.
    expect((await green.ok(Q.editor)).brandEditor.versions).toEqual([]);
    expect((await master.ok(Q.editor)).brandEditor.published.name).toBe('Classic');
  });
});
