import { type Locale } from '@zhijian/ui';
import { type DatasetSpec } from '../api/types';
import { localized } from '../i18n/translate';

export function findDataset(datasets: readonly DatasetSpec[] | undefined, code: string): DatasetSpec | undefined {
  return datasets?.find((dataset) => dataset.code === code);
}

/** The dataset's name in the chosen language, or its code while the catalogue loads. */
export function datasetName(dataset: DatasetSpec | undefined, code: string, locale: Locale): string {
  return dataset ? localized(dataset.name, locale) : code;
}

/** A field's label, or its standard name when the spec does not know it (an older version). */
export function fieldLabel(dataset: DatasetSpec | undefined, field: string, locale: Locale): string {
  const spec = dataset?.fields.find((f) => f.name === field);
  return spec ? localized(spec.label, locale) : field;
}
