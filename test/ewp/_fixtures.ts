import { readFileSync } from 'node:fs';

/** A vendored EWP file of test/fixtures/ewp/ (MIT licence, see its README.md). */
export function fixture(name: string): string {
  return readFileSync(new URL(`../fixtures/ewp/${name}`, import.meta.url), 'utf8');
}

/** The `text-to-hash` of each `iia` of an official transform output, decoded. */
export function officialTexts(output: string): string[] {
  return [...output.matchAll(/<text-to-hash>([\s\S]*?)<\/text-to-hash>/g)].map((match) =>
    match[1]!
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&quot;', '"')
      .replaceAll('&apos;', "'")
      .replaceAll('&amp;', '&'),
  );
}

/** The official example response (IIAs API v7, tag v7.0.0). */
export const EXAMPLE = 'iias-v7-get-response-example.xml';
/** The xsltKit's v7 response: `not-yet-defined` and `v6-value` present. */
export const XSLTKIT = 'xsltkit-get-response-v7.xml';
