import { type DatasetSpec } from '../spec/types';
import { civilDeath } from './civil-death';
import { civilSubsistenceAllowance } from './civil-subsistence-allowance';
import { hotlineTicket } from './hotline-ticket';
import { housingRentalApplication } from './housing-rental-application';
import { housingRentalSubsidy } from './housing-rental-subsidy';
import { hrPublicOfficial } from './hr-public-official';
import { marketEnterprise } from './market-enterprise';
import { marketShareholder } from './market-shareholder';
import { populationFamily } from './population-family';
import { populationPerson } from './population-person';
import { procurementBid } from './procurement-bid';
import { realestateProperty } from './realestate-property';
import { trafficDuiCase } from './traffic-dui-case';
import { vehicleRegistration } from './vehicle-registration';

// The standard datasets every deployment knows. Codes and field names are a public
// contract (stored with batches, named by collision models): add, never rename.

export const BUILT_IN_DATASETS: readonly DatasetSpec[] = [
  populationPerson,
  populationFamily,
  civilDeath,
  hrPublicOfficial,
  realestateProperty,
  vehicleRegistration,
  marketEnterprise,
  marketShareholder,
  housingRentalApplication,
  housingRentalSubsidy,
  civilSubsistenceAllowance,
  trafficDuiCase,
  procurementBid,
  hotlineTicket,
];

export type BuiltInDatasetCode =
  | 'population.person'
  | 'population.family'
  | 'civil.death'
  | 'hr.public_official'
  | 'realestate.property'
  | 'vehicle.registration'
  | 'market.enterprise'
  | 'market.shareholder'
  | 'housing.rental_application'
  | 'housing.rental_subsidy'
  | 'civil.subsistence_allowance'
  | 'traffic.dui_case'
  | 'procurement.bid'
  | 'hotline.ticket';

export const datasetCodes = BUILT_IN_DATASETS.map((spec) => spec.code) as readonly BuiltInDatasetCode[];

const byCode = new Map<string, DatasetSpec>(BUILT_IN_DATASETS.map((spec) => [spec.code, spec]));

export function builtInDataset(code: BuiltInDatasetCode): DatasetSpec;
export function builtInDataset(code: string): DatasetSpec | undefined;
export function builtInDataset(code: string): DatasetSpec | undefined {
  return byCode.get(code);
}
