// The part of citation-js 0.8 the library parser uses (the packages ship no type declarations).
declare module '@citation-js/core' {
  export const plugins: {
    input: {
      chain(data: unknown, options: { target: '@csl/list+object'; generateGraph: boolean; forceType?: string }): unknown[];
    };
  };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
