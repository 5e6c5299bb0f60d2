/**
 * Reads back what a rendered report says, from its Markdown or from its HTML, into one
 * shape, so that tests can compare the two renderings fact by fact and read single tables.
 *
 * The parsers know the renderers' output (they are not general Markdown or HTML parsers).
 * Two differences of form are normalised: a heat-map cell of the HTML states its count in
 * words ("2 partners", "0 (gap)"), read here as the count; and a cell holding several
 * reasons is a numbered run "(1) … (2) …" in Markdown and an `<ol>` in HTML, read as a list.
 */

/** A cell: a text, or a list of texts. */
export type ReportCell = string | string[];

/** A table as a reader sees it. */
export interface ReportTable {
  readonly kind: 'table';
  readonly caption: string;
  readonly head: string[];
  /** How each column is aligned. */
  readonly align: ('left' | 'right')[];
  readonly rows: ReportCell[][];
}

/** A captioned table that has no row, said in words instead. */
export interface ReportEmpty {
  readonly kind: 'empty';
  readonly caption: string;
  readonly text: string;
}

/** A bulleted list of facts. */
export interface ReportList {
  readonly kind: 'facts';
  readonly items: string[];
}

/** A group of the legend. */
export interface ReportTerms {
  readonly kind: 'terms';
  readonly heading: string;
  readonly entries: [string, string][];
}

export type ReportBlock = ReportTable | ReportEmpty | ReportList | ReportTerms;

/** What a rendered report says. */
export interface ReportFacts {
  readonly title: string;
  readonly sections: { heading: string; blocks: ReportBlock[] }[];
  /** Every table, in order. */
  readonly tables: ReportTable[];
  /** Every entry of the legend, in order. */
  readonly terms: [string, string][];
}

function collect(title: string, sections: ReportFacts['sections']): ReportFacts {
  const blocks = sections.flatMap((section) => section.blocks);
  return {
    title,
    sections,
    tables: blocks.filter((block): block is ReportTable => block.kind === 'table'),
    terms: blocks.flatMap((block) => (block.kind === 'terms' ? block.entries : [])),
  };
}

// Markdown ---------------------------------------------------------------------------------

function unescapeMarkdown(text: string): string {
  return text.replace(/\\(.)/g, '$1').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

/** The cells of a table line, split on the `|` that are not escaped. */
function markdownCells(line: string): string[] {
  const cells: string[] = [];
  let current = '';
  for (let index = 1; index < line.length; index += 1) {
    const character = line[index] ?? '';
    if (character === '\\') {
      current += character + (line[index + 1] ?? '');
      index += 1;
    } else if (character === '|') {
      cells.push(current.trim());
      current = '';
    } else current += character;
  }
  return cells;
}

function markdownCell(raw: string): ReportCell {
  if (!raw.startsWith('(1) ')) return unescapeMarkdown(raw);
  return raw
    .split(/(?:^| )\(\d+\) /)
    .slice(1)
    .map(unescapeMarkdown);
}

/** Reads a Markdown report. */
export function markdownFacts(markdown: string): ReportFacts {
  const lines = markdown.split('\n');
  let title = '';
  const sections: ReportFacts['sections'] = [];
  let caption: string | undefined;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    const blocks = sections.at(-1)?.blocks;
    if (line.startsWith('# ')) title = unescapeMarkdown(line.slice(2));
    else if (line.startsWith('## ')) {
      sections.push({ heading: unescapeMarkdown(line.slice(3)), blocks: [] });
      caption = undefined;
    } else if (line.startsWith('### ')) caption = unescapeMarkdown(line.slice(4));
    else if (blocks === undefined || line === '') continue;
    else if (line.startsWith('|')) {
      const head = markdownCells(line).map(unescapeMarkdown);
      const align = markdownCells(lines[index + 1] ?? '').map((cell) =>
        cell === '---:' ? ('right' as const) : ('left' as const),
      );
      const rows: ReportCell[][] = [];
      index += 2;
      while ((lines[index] ?? '').startsWith('|')) {
        rows.push(markdownCells(lines[index] ?? '').map(markdownCell));
        index += 1;
      }
      index -= 1;
      blocks.push({ kind: 'table', caption: caption ?? '', head, align, rows });
      caption = undefined;
    } else if (line.startsWith('- **')) {
      const entries: [string, string][] = [];
      while ((lines[index] ?? '').startsWith('- **')) {
        // `term: meaning` in English, `term\u00a0: meaning` in French.
        const match = /^- \*\*(.*?)\*\*\u00a0?: (.*)$/.exec(lines[index] ?? '');
        entries.push([unescapeMarkdown(match?.[1] ?? ''), unescapeMarkdown(match?.[2] ?? '')]);
        index += 1;
      }
      index -= 1;
      blocks.push({ kind: 'terms', heading: caption ?? '', entries });
      caption = undefined;
    } else if (line.startsWith('- ')) {
      const items: string[] = [];
      while ((lines[index] ?? '').startsWith('- ')) {
        items.push(unescapeMarkdown((lines[index] ?? '').slice(2)));
        index += 1;
      }
      index -= 1;
      blocks.push({ kind: 'facts', items });
    } else {
      blocks.push({ kind: 'empty', caption: caption ?? '', text: unescapeMarkdown(line) });
      caption = undefined;
    }
  }
  return collect(title, sections);
}

// HTML -------------------------------------------------------------------------------------

function unescapeHtml(text: string): string {
  return text
    .replace(/<wbr>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

function htmlCell(attributes: string, content: string): ReportCell {
  if (/class="level-\d"/.test(attributes)) return String(Number.parseInt(content, 10));
  if (content.startsWith('<ol')) {
    return [...content.matchAll(/<li>(.*?)<\/li>/g)].map((match) => unescapeHtml(match[1] ?? ''));
  }
  return unescapeHtml(content);
}

function htmlTable(source: string): ReportTable {
  const caption = unescapeHtml(/<caption>(.*?)<\/caption>/.exec(source)?.[1] ?? '');
  const headSource = /<thead>(.*?)<\/thead>/s.exec(source)?.[1] ?? '';
  const headCells = [...headSource.matchAll(/<th([^>]*)>(.*?)<\/th>/g)];
  const bodySource = /<tbody>(.*?)<\/tbody>/s.exec(source)?.[1] ?? '';
  const rows = [...bodySource.matchAll(/<tr[^>]*>(.*?)<\/tr>/g)].map((row) =>
    [...(row[1] ?? '').matchAll(/<(th|td)([^>]*)>(.*?)<\/\1>/g)].map((cell) =>
      htmlCell(cell[2] ?? '', cell[3] ?? ''),
    ),
  );
  return {
    kind: 'table',
    caption,
    head: headCells.map((cell) => unescapeHtml(cell[2] ?? '')),
    align: headCells.map((cell) => ((cell[1] ?? '').includes('class="num"') ? 'right' : 'left')),
    rows,
  };
}

const HTML_BLOCK =
  /<table[^>]*>.*?<\/table>|<p class="caption">(.*?)<\/p>\s*<p class="empty">(.*?)<\/p>|<ul class="facts">(.*?)<\/ul>|<h3>(.*?)<\/h3>\s*<dl>(.*?)<\/dl>/gs;

/** Reads an HTML report. */
export function htmlFacts(html: string): ReportFacts {
  const title = unescapeHtml(/<h1>(.*?)<\/h1>/.exec(html)?.[1] ?? '');
  const sections = [...html.matchAll(/<section[^>]*>\s*<h2>(.*?)<\/h2>(.*?)<\/section>/gs)].map(
    ([, heading, body]) => ({
      heading: unescapeHtml(heading ?? ''),
      blocks: [...(body ?? '').matchAll(HTML_BLOCK)].map((match): ReportBlock => {
        const [whole, emptyCaption, emptyText, facts, termsHeading, terms] = match;
        if (whole.startsWith('<table')) return htmlTable(whole);
        if (emptyCaption !== undefined) {
          return {
            kind: 'empty',
            caption: unescapeHtml(emptyCaption),
            text: unescapeHtml(emptyText ?? ''),
          };
        }
        if (facts !== undefined) {
          return {
            kind: 'facts',
            items: [...facts.matchAll(/<li>(.*?)<\/li>/g)].map((item) =>
              unescapeHtml(item[1] ?? ''),
            ),
          };
        }
        return {
          kind: 'terms',
          heading: unescapeHtml(termsHeading ?? ''),
          entries: [...(terms ?? '').matchAll(/<dt>(.*?)<\/dt><dd>(.*?)<\/dd>/g)].map(
            (entry): [string, string] => [
              unescapeHtml(entry[1] ?? ''),
              unescapeHtml(entry[2] ?? ''),
            ],
          ),
        };
      }),
    }),
  );
  return collect(title, sections);
}
