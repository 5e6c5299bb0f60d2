/**
 * Text made literal in Markdown, for the report's Markdown and the CLI's `--format md`: no
 * emphasis, link, code, HTML or table-column break, and one line.
 *
 * @internal
 * @param text - Any text, from the data or the catalogue.
 * @returns The text, shown as it is inside a Markdown paragraph or table cell.
 */
export function markdownText(text: string): string {
  return text
    .replace(/[\\`*_[\]|]/g, (character) => `\\${character}`)
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\s*\n\s*/g, ' ');
}
