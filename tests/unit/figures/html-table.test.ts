// HTML tables: headers scoped to their columns and rows, numeric columns marked, cells taken as markup, headers and caption escaped.
import { describe, expect, it } from 'vitest';
import { htmlTable, linkCell, timeCell } from '../../../src/lib/figures/html-table.ts';
import { $, $$, parse, prop, textOf } from './dom.ts';

describe('htmlTable', () => {
  const columns = [{ label: 'Place' }, { label: 'Troops', numeric: true }];
  const rows = [['<em>Kursk</em>', '12,000'], ['Moscow', '']];

  it('heads each column with a th scoped to it, numeric ones marked, in one thead', () => {
    const html = htmlTable(columns, rows, { className: 'fig-data-table' });
    const table = $(parse(html), 'table');
    expect(prop(table, 'className')).toBe('fig-data-table');
    expect($$(table, 'thead th').map((th) => [textOf(th), prop(th, 'scope'), prop(th, 'className')])).toEqual([
      ['Place', 'col', ''],
      ['Troops', 'col', 'fig-num'],
    ]);
  });

  it('takes cells as markup, one tr per row, the first cell a row header when asked', () => {
    const table = parse(htmlTable(columns, rows, { className: 'x', rowHeaders: true }));
    const trs = $$(table, 'tbody tr');
    expect(trs).toHaveLength(2);
    expect($$(trs[0]!, 'th em').map(textOf)).toEqual(['Kursk']);
    expect(prop($(trs[0]!, 'th'), 'scope')).toBe('row');
    expect($$(trs[0]!, 'td').map((td) => [textOf(td), prop(td, 'className')])).toEqual([['12,000', 'fig-num']]);
    expect($$(parse(htmlTable(columns, rows, { className: 'x' })), 'tbody th')).toEqual([]);
  });

  it('escapes header labels and the caption, and leaves the caption out when there is none', () => {
    const html = htmlTable([{ label: '<b>A</b>' }], [['1']], { className: 'x', caption: 'Places & <routes>' });
    expect(html).toContain('<caption>Places &amp; &lt;routes&gt;</caption>');
    expect(html).toContain('<th scope="col">&lt;b&gt;A&lt;/b&gt;</th>');
    expect(htmlTable([{ label: 'A' }], [['1']], { className: 'x' })).not.toContain('<caption>');
  });
});

describe('cells', () => {
  it('writes a date for readers with a machine-readable datetime', () => {
    expect(timeCell('2024-10-25')).toBe('<time datetime="2024-10-25">25 Oct 2024</time>');
  });

  it('escapes a link’s address and its text', () => {
    expect(linkCell('/a?b="c"&d', '<x>')).toBe('<a href="/a?b=&quot;c&quot;&amp;d">&lt;x&gt;</a>');
  });
});
