// Changde's counties (GB/T 2260), the prefecture the platform serves; other codes show as they are.
export const COUNTIES: ReadonlyArray<{ code: string; name: string }> = [
  { code: '430702', name: '武陵区' },
  { code: '430703', name: '鼎城区' },
  { code: '430721', name: '安乡县' },
  { code: '430722', name: '汉寿县' },
  { code: '430723', name: '澧县' },
  { code: '430724', name: '临澧县' },
  { code: '430725', name: '桃源县' },
  { code: '430726', name: '石门县' },
  { code: '430781', name: '津市市' },
];

const NAMES = new Map(COUNTIES.map((c) => [c.code, c.name]));

export function countyName(code: string): string {
  return NAMES.get(code) ?? (code === '' ? '—' : code);
}
