/**
 * The sources view: each source document and, paragraph by paragraph, the claims drawn from it.
 * Choosing a claim selects its relation and shows it in the graph.
 */
import { sourceMentions, sourceTally, type SourceMention } from '../../graph/contributions';
import { relationSentence } from '../../graph/describe';
import { countOf } from '../../model/text';
import { h, replaceChildren } from '../dom';
import type { Store } from '../store';
import { certaintyBadgeIn } from './provenance';

export function createSourcesView(
  container: HTMLElement,
  store: Store,
  onPick: (edge: string) => void,
): () => void {
  const graph = store.graph;
  return () => {
    const { edges } = store.visibility();
    const selectedEdge = store.get().selectedEdge;
    const sources = graph.getAttribute('sources');
    replaceChildren(
      container,
      h('h2', {}, 'Sources'),
      sources.length === 0 ? h('p', {}, 'This graph names no source documents.') : null,
      sources.map((source) => {
        // What it says, paragraph by paragraph: the relations it is cited for, and those of
        // other sources it supports or contests.
        const mentions = sourceMentions(graph, source.id);
        const byParagraph = new Map<number, SourceMention[]>();
        for (const m of mentions)
          byParagraph.set(m.paragraph, [...(byParagraph.get(m.paragraph) ?? []), m]);
        const tally = sourceTally(mentions);
        const outlet = graph.hasNode(source.outlet)
          ? graph.getNodeAttribute(source.outlet, 'label')
          : source.outlet;
        return h(
          'article',
          { className: 'source' },
          h('h3', {}, source.title),
          h(
            'p',
            { className: 'muted' },
            `${outlet} · ${source.published}${source.newsId ? ` · news id ${source.newsId}` : ''} · ${source.paragraphs} paragraphs`,
          ),
          // How it compares: what it adds, and what it says of what other sources give.
          h(
            'p',
            { className: 'source-tally' },
            [
              `cited for ${countOf(tally.cites, 'relation')}`,
              ...(tally.supports > 0
                ? [`supports ${countOf(tally.supports, 'relation')} of other sources`]
                : []),
              ...(tally.contests > 0 ? [`contests ${countOf(tally.contests, 'relation')}`] : []),
            ].join(' · '),
          ),
          h(
            'ol',
            { className: 'paragraphs' },
            Array.from({ length: source.paragraphs }, (_, i) => i + 1).map((paragraph) => {
              const claims = byParagraph.get(paragraph) ?? [];
              return h(
                'li',
                { value: paragraph },
                h('span', { className: 'paragraph-number' }, `¶${paragraph}`),
                source.paragraphOpenings?.[paragraph - 1] !== undefined
                  ? h(
                      'q',
                      { className: 'opening' },
                      `${source.paragraphOpenings[paragraph - 1] ?? ''} …`,
                    )
                  : null,
                claims.length === 0
                  ? h('span', { className: 'muted' }, ' no relation cites it')
                  : null,
                h(
                  'ul',
                  {},
                  claims.map(({ edge, role }) => {
                    const a = graph.getEdgeAttributes(edge);
                    const shown = edges.has(edge);
                    const note =
                      role === 'cites'
                        ? a.claim
                        : ((a.corroboration ?? []).find(
                            (c) => c.source === source.id && c.paragraph === paragraph,
                          )?.note ?? '');
                    return h(
                      'li',
                      {
                        className: `claim-item${shown ? '' : ' filtered'}${edge === selectedEdge ? ' selected' : ''}${role === 'cites' ? '' : ` corroboration ${role}`}`,
                      },
                      role === 'cites'
                        ? null
                        : h(
                            'span',
                            { className: 'role' },
                            role === 'supports' ? 'Supports: ' : 'Contests: ',
                          ),
                      h(
                        'button',
                        {
                          type: 'button',
                          className: 'link',
                          'data-edge': edge,
                          onclick: () => onPick(edge),
                          title: shown ? 'Show in the graph' : 'Hidden by the filters',
                        },
                        `${relationSentence(graph, edge)}.`,
                      ),
                      ' ',
                      certaintyBadgeIn(graph, edge),
                      h('span', { className: 'muted small' }, ` ${note}`),
                    );
                  }),
                ),
              );
            }),
          ),
        );
      }),
    );
  };
}
