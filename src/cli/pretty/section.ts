export interface Section {
  title: string;
  lines: string[];
}

/** A section's body, or a dash when the layer found nothing. */
export function section(title: string, lines: string[]): Section {
  return { title, lines: lines.length > 0 ? lines : ['—'] };
}
