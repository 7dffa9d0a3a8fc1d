/**
 * One HTML file that needs no other: the build's scripts and styles written into the page,
 * and a content security policy that allows exactly those, by hash. It is what the offline
 * copy of a map is made from (dist/dossier.html, see vite.dossier.config.ts): a page opened
 * from disk has an opaque origin, fetches no module script, chunk or worker beside it, and
 * needs no network at all.
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/** What the page may do: run its own scripts and styles, show data: and blob: images, nothing else. */
export function singleFilePolicy(scriptHashes: readonly string[], styleHashes: readonly string[]): string {
  const hashes = (list: readonly string[]) => list.map((h) => `'sha256-${h}'`).join(' ') || "'none'";
  return [
    "default-src 'none'",
    `script-src ${hashes(scriptHashes)}`,
    `style-src ${hashes(styleHashes)}`,
    'img-src data: blob:',
    "connect-src 'none'",
    "worker-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** The hash a policy gives for an inline element's text, as the browser computes it. */
export function inlineHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('base64');
}

/**
 * A script's text made safe to stand between <script> and </script>: the HTML parser ends the
 * element at the first "</script" whatever the JavaScript means by it, and a "<!--" followed
 * by "<script" would make it ignore the real end. "<\/script" means the same in a string, a
 * template or a comment, which is where a minifier leaves such text; "<!--" has no such
 * equivalent, so it is refused rather than guessed at. Line ends as the parser would give them
 * (CR LF and CR become LF), so the hash is the hash of what the browser sees.
 */
export function inlineScriptText(code: string, name: string): string {
  const text = code.replace(/\r\n?/g, '\n').replace(/<\/(script)/gi, '<\\/$1');
  if (text.includes('<!--')) throw new Error(`${name} contains "<!--", which cannot be inlined safely`);
  if (text.includes('\0')) throw new Error(`${name} contains a NUL character, which cannot be inlined`);
  return text;
}

/** A stylesheet's text made safe inside <style>: only "</style" could end it early. */
export function inlineStyleText(css: string, name: string): string {
  const text = css.replace(/\r\n?/g, '\n');
  if (/<\/style/i.test(text)) throw new Error(`${name} contains "</style", which cannot be inlined safely`);
  return text;
}

export interface BundleFiles {
  /** Scripts by the file name the page refers to them by (e.g. "assets/dossier-x.js"). */
  scripts: ReadonlyMap<string, string>;
  styles: ReadonlyMap<string, string>;
}

const ESCAPE_RE = /[.*+?^${}()|[\]\\]/g;
const escapeRe = (text: string) => text.replace(ESCAPE_RE, '\\$&');

/**
 * The page with each <script src> and <link rel="stylesheet"> of the bundle replaced by the
 * file's text, and the policy first in <head>. Throws if the page refers to a file of the
 * bundle it cannot inline, or to none: a page that still needs a file beside it is no single
 * file.
 */
export function inlineBundle(html: string, files: BundleFiles): string {
  const scriptHashes: string[] = [];
  const styleHashes: string[] = [];
  let page = html;
  for (const [name, code] of files.scripts) {
    const tag = new RegExp(`<script\\b[^>]*\\bsrc="(?:\\./|/)?${escapeRe(name)}"[^>]*></script>`);
    if (!tag.test(page)) throw new Error(`the page does not load ${name}`);
    const text = inlineScriptText(code, name);
    scriptHashes.push(inlineHash(text));
    page = page.replace(tag, () => `<script type="module">${text}</script>`);
  }
  for (const [name, css] of files.styles) {
    const tag = new RegExp(`<link\\b[^>]*\\bhref="(?:\\./|/)?${escapeRe(name)}"[^>]*>`);
    if (!tag.test(page)) throw new Error(`the page does not load ${name}`);
    const text = inlineStyleText(css, name);
    styleHashes.push(inlineHash(text));
    page = page.replace(tag, () => `<style>${text}</style>`);
  }
  const external = /<script\b[^>]*\bsrc=|<link\b[^>]*\brel="(?:stylesheet|modulepreload)"/i.exec(page);
  if (external) throw new Error(`the page still loads a file: ${external[0]}…`);
  if (scriptHashes.length === 0) throw new Error('the page has no script to inline');
  const policy = singleFilePolicy(scriptHashes, styleHashes);
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
  if (!/<head>/i.test(page)) throw new Error('the page has no <head> for its policy');
  // First in <head>, so that it covers everything after it.
  return page.replace(/<head>/i, (head) => `${head}\n    ${meta}`);
}

/**
 * The Vite plugin: once the bundle is written out in memory, each HTML page takes in the
 * scripts and styles, and every other file of the build is dropped (a worker the single
 * page cannot start; it must run its jobs on the page instead). For a build whose code is one
 * chunk (output.codeSplitting: false), so there is nothing left to fetch.
 */
export function singleFile(): Plugin {
  return {
    name: 'single-file',
    apply: 'build',
    enforce: 'post',
    // After every other plugin's: Vite fills in its dynamic-import helpers (__VITE_PRELOAD__)
    // in this hook too, and the page must take the code as it will run.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const scripts = new Map<string, string>();
        const styles = new Map<string, string>();
        const pages: string[] = [];
        for (const [fileName, output] of Object.entries(bundle)) {
          if (output.type === 'chunk') {
            if (output.isEntry) scripts.set(fileName, output.code);
            else if (output.isDynamicEntry)
              this.error(`${fileName} is a chunk of its own: the single file would have to fetch it`);
          } else if (fileName.endsWith('.html')) pages.push(fileName);
          else if (fileName.endsWith('.css')) styles.set(fileName, String(output.source));
        }
        for (const fileName of pages) {
          const page = bundle[fileName];
          if (page?.type !== 'asset') continue;
          page.source = inlineBundle(String(page.source), { scripts, styles });
        }
        for (const fileName of Object.keys(bundle)) {
          // The bundle is a plain record of files: deleting an entry is how a plugin drops a file.
          if (!pages.includes(fileName)) Reflect.deleteProperty(bundle, fileName);
        }
      },
    },
  };
}
