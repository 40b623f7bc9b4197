import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import ReactMarkdown from 'react-markdown';
import rehypeSanitize from 'rehype-sanitize';
import { describe, expect, it } from 'vitest';
import { Markdown, parseMarkdown } from './markdown';

const SOURCE = '# Title\n\nSome *text* with [a link](https://example.test) and <img src=x onerror=alert(1)>.\n\n## Sub\n\n- one\n- two\n\n[bad](javascript:alert(1))';

describe('Markdown', () => {
  it('renders what react-markdown with rehype-sanitize renders, headings one level down', () => {
    const html = renderToStaticMarkup(createElement(Markdown, { source: SOURCE }));
    const plain = renderToStaticMarkup(createElement(ReactMarkdown, { rehypePlugins: [rehypeSanitize] }, SOURCE));
    expect(html).toContain('<h2 class="mt-4 mb-2 text-xl font-semibold">Title</h2>');
    expect(html).toContain('<h3 class="mt-4 mb-2 text-lg font-semibold">Sub</h3>');
    expect(html).toContain('rel="noopener noreferrer nofollow"');
    expect(html).not.toContain('onerror');
    expect(html).not.toContain('javascript:');
    // Apart from the heading levels and link rels, the same markup as the library's own component.
    const normalise = (markup: string) => markup.replace(/<(\/?)h\d[^>]*>/g, '<$1h>').replace(/ rel="[^"]*"/g, '').replace(/^<div[^>]*>|<\/div>$/g, '');
    expect(normalise(html)).toBe(normalise(plain));
  });

  it('parses a description once however often it is shown', () => {
    const source = `Shown on every request ${Math.random()}`;
    const first = renderToStaticMarkup(createElement(Markdown, { source }));
    const again = renderToStaticMarkup(createElement(Markdown, { source }));
    expect(again).toBe(first);
    // The kept tree is the very element a second render reuses.
    const elementOf = (s: string) => (Markdown({ source: s }).props as { children: unknown }).children;
    expect(elementOf(source)).toBe(elementOf(source));
    expect(parseMarkdown(source)).not.toBe(elementOf(source));
  });

  it('keeps hostile markup inert wherever it hides in a description', () => {
    const hostile = [
      '<script>alert(1)</script>',
      '<a href="javascript:alert(1)">x</a>',
      '[x](javascript:alert(1))',
      '[x](JaVaScRiPt:alert(1))',
      '![x](javascript:alert(1))',
      '<div onclick="alert(1)">x</div>',
      '<iframe src="https://evil.test"></iframe>',
      '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
      '<style>body{display:none}</style>',
      '# <img src=x onerror=alert(1)>',
    ].join('\n\n');
    const html = renderToStaticMarkup(createElement(Markdown, { source: hostile })).toLowerCase();
    for (const bad of ['<script', 'javascript:', 'onclick', 'onerror', '<iframe', 'data:text/html', '<style']) expect(html, bad).not.toContain(bad);
  });

  it('says so when there is no description', () => {
    expect(renderToStaticMarkup(createElement(Markdown, { source: '  ' }))).toContain('No description yet.');
  });
});
