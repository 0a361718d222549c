import { type ExcelDateSystem, type RegionCheck } from '@zhijian/standard';

export interface StandardizeOptions {
  /** How bare Excel serial numbers in date columns are read (default 1900). */
  readonly excelSystem?: ExcelDateSystem;
  /** "Today" for the resident-ID birth-date check (default: now, Asia/Shanghai). */
  readonly now?: Date;
  /** How strictly a resident ID's region code is checked (default `birth-year`). */
  readonly regionCheck?: RegionCheck;
}
