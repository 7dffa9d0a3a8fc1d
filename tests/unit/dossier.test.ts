// @vitest-environment jsdom
// The page is read by an HTML parser (jsdom's DOMParser, parse5), as a browser would read it.
import { describe, expect, it } from 'vitest';
import {
  DOSSIER_DATA_ID,
  DossierTemplateError,
  dossierFileName,
  fillDossier,
} from '../../src/io/formats/dossier';
import { loadDataset, type LoadResult } from '../../src/io/loadDataset';
import { selfContainedJson } from '../../src/io/selfContained';
import { loadDatasetFile } from '../../scripts/lib/readDataset';

/** The built template's shape: its code inlined, the data slot empty, the title to replace. */
const TEMPLATE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <title>Leverage Map</title>
    <script type="module">document.body.dataset.ran = "yes";</script>
  </head>
  <body>
    <div id="root"></div>
    <script type="application/json" id="${DOSSIER_DATA_ID}"></script>
  </body>
</html>
`;

/** The page as a browser's HTML parser reads it (no script runs). */
function parse(html: string) {
  const document = new DOMParser().parseFromString(html, 'text/html');
  const data = document.getElementById(DOSSIER_DATA_ID);
  return {
    document,
    title: document.title,
    json: data?.textContent ?? null,
    scripts: document.querySelectorAll('script').length,
  };
}

async function loaded(promise: Promise<LoadResult>) {
  const result = await promise;
  if (!result.ok) throw new Error(result.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return result;
}

describe('fillDossier: a map put into the offline copy’s template', () => {
  it('puts the map in as data that no quote can break out of, “</script>” and “<!--” included', () => {
    const hostile = {
      title: 'A map',
      note: 'ends early? </script><script>alert(1)</script> <!-- <script> </SCRIPT >',
      nested: ['</script', '<\u2028>'],
    };
    const page = fillDossier(TEMPLATE, JSON.stringify(hostile, null, 2), 'A map');
    const read = parse(page);
    expect(read.scripts).toBe(2); // the app's and the data's: nothing new
    expect(read.json).not.toBeNull();
    expect(JSON.parse(read.json!)).toEqual(hostile);
    // The data holds no "<" at all, and loses its indentation.
    expect(read.json).not.toContain('<');
    expect(read.json).not.toContain('\n');
    expect(page).toContain('\\u003c/script>');
  });

  it('escapes the title, and gives the page the map’s title', () => {
    const title = 'Kings & <queens> "of" </title><script>x()</script>';
    const page = fillDossier(TEMPLATE, '{}', title);
    const read = parse(page);
    expect(read.title).toBe(`${title} · Leverage Map`);
    expect(read.scripts).toBe(2);
    expect(page).toContain('<title>Kings &amp; &lt;queens&gt; &quot;of&quot; &lt;/title&gt;');
    expect(parse(fillDossier(TEMPLATE, '{}', '  ')).title).toBe('Leverage Map');
  });

  it('passes JSON that does not parse through as it is (escaped), for the page’s loader to report', () => {
    const broken = '{"title": "cut short </script>';
    const read = parse(fillDossier(TEMPLATE, broken, 'Broken'));
    expect(read.json).toBe(broken.replace('<', '\\u003c'));
  });

  it('refuses a template that still loads its code from files, or that is not the template', () => {
    const dev = TEMPLATE.replace(
      /<script type="module">.*<\/script>/,
      '<script type="module" src="/src/app/dossier.tsx"></script>',
    );
    expect(() => fillDossier(dev, '{}', 'x')).toThrow(DossierTemplateError);
    expect(() => fillDossier(dev, '{}', 'x')).toThrow(/npm run build/);
    expect(() => fillDossier('<html><body>no slots</body></html>', '{}', 'x')).toThrow(DossierTemplateError);
    const filled = fillDossier(TEMPLATE, '{}', 'x');
    expect(() => fillDossier(filled, '{}', 'x')).toThrow(/filled already/);
  });

  it('carries the Belarus map whole: the data in the page loads through the one loader as the file does', async () => {
    const original = await loaded(loadDatasetFile('graph-data/belarus/dataset.json'));
    const json = selfContainedJson(original.dataset, original.texts);
    const read = parse(fillDossier(TEMPLATE, json, original.dataset.title));
    const again = await loaded(
      loadDataset({ file: 'belarus.html', content: read.json, readText: () => Promise.resolve(undefined) }),
    );
    expect(again.issues).toEqual([]);
    expect(again.dataset.relations).toEqual(original.dataset.relations);
    expect(again.dataset.positions).toEqual(original.dataset.positions);
    expect(again.spans).toEqual(original.spans);
    expect({ ...again.texts }).toEqual({ ...original.texts });
    expect(read.title).toBe(`${original.dataset.title} · Leverage Map`);
  });

  it('names the copy after the map’s file', () => {
    expect(dossierFileName('belarus.json')).toBe('belarus.html');
    expect(dossierFileName('My Map.JSON')).toBe('My Map.html');
    expect(dossierFileName('.json')).toBe('map.html');
  });
});
