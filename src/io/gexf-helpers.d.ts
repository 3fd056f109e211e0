/** graphology-gexf's value parsing (list and scalar GEXF types), which ships without types. */
declare module 'graphology-gexf/common/helpers.js' {
  /** A GEXF attribute value of a declared type (`integer`, `liststring` …) as graphology-gexf reads it. */
  export function parseValue(type: string, value: string): unknown;
}
