import { type DatasetSpec, type Responsibility } from '../../api/types';

export interface DeliveryDepartment {
  code: string;
  name: string;
}

/**
 * The datasets a user may deliver: a steward only those their department is responsible
 * for (the server refuses the others); an admin any, on behalf of a responsible department.
 */
export function deliverableDatasets(
  datasets: readonly DatasetSpec[],
  responsibilities: readonly Responsibility[],
  user: { admin: boolean; departmentCode: string },
): DatasetSpec[] {
  if (user.admin) return [...datasets];
  const own = new Set(responsibilities.filter((r) => r.departmentCode === user.departmentCode).map((r) => r.datasetCode));
  return datasets.filter((dataset) => own.has(dataset.code));
}

/** The departments responsible for a dataset, the user's own first. */
export function responsibleDepartments(responsibilities: readonly Responsibility[], datasetCode: string, ownDepartmentCode: string): DeliveryDepartment[] {
  const departments = new Map<string, DeliveryDepartment>();
  for (const r of responsibilities) {
    if (r.datasetCode === datasetCode) departments.set(r.departmentCode, { code: r.departmentCode, name: r.departmentName });
  }
  return [...departments.values()].sort((a, b) => Number(b.code === ownDepartmentCode) - Number(a.code === ownDepartmentCode) || a.code.localeCompare(b.code));
}
