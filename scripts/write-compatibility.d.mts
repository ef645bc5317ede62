export function renderTable(results: Record<string, Record<string, string>>, when?: Date): string;
export function writeCompatibility(): boolean;
