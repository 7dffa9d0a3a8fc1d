import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineBundle, inlineScriptText, singleFilePolicy } from '../../scripts/lib/singleFile';

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <title>Leverage Map</title>
    <script type="module" crossorigin src="./assets/dossier-abc.js"></script>
    <link rel="stylesheet" crossorigin href="./assets/dossier-abc.css">
  </head>
  <body><div id="root"></div></body>
</html>`;

const sha = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');

describe('one HTML file with its scripts and styles written in', () => {
  it('inlines the bundle and allows exactly those scripts and styles, by hash, and nothing from anywhere', () => {
    const code = 'const s = "</script>";\r\nconsole.log(s, "$&");';
    const css = '.a{color:red}';
    const page = inlineBundle(PAGE, {
      scripts: new Map([['assets/dossier-abc.js', code]]),
      styles: new Map([['assets/dossier-abc.css', css]]),
    });
    const inlined = 'const s = "<\\/script>";\nconsole.log(s, "$&");';
    expect(page).toContain(`<script type="module">${inlined}</script>`);
    expect(page).toContain(`<style>${css}</style>`);
    expect(page).not.toMatch(/src=|<link rel="stylesheet"/);
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)?.[1];
    expect(policy).toBe(singleFilePolicy([sha(inlined)], [sha(css)]));
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("connect-src 'none'");
    expect(policy).not.toContain('unsafe-inline');
    // First in <head>, before anything it must cover.
    expect(page.indexOf('Content-Security-Policy')).toBeLessThan(page.indexOf('<title>'));
  });

  it('refuses what it cannot inline safely, and a page that would still load a file', () => {
    expect(() => inlineScriptText('if (a <!-- b) {}', 'x.js')).toThrow(/<!--/);
    expect(() =>
      inlineBundle(PAGE, { scripts: new Map([['assets/dossier-abc.js', 'x']]), styles: new Map() }),
    ).toThrow(/still loads a file/);
    expect(() =>
      inlineBundle(PAGE, {
        scripts: new Map([['assets/other.js', 'x']]),
        styles: new Map([['assets/dossier-abc.css', '']]),
      }),
    ).toThrow(/does not load assets\/other\.js/);
  });
});
