import { loadCatalogue, type Catalogue } from './catalogue';

/**
 * The catalogue, validated once when the build first imports the data. Kept apart from
 * catalogue.ts so the checker script can validate without throwing on import.
 */
export const catalogue: Catalogue = loadCatalogue();
