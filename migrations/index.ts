import * as migration_20261125_023221_initial from './20261125_023221_initial';
import * as migration_20261125_033453_search_index from './20261125_033453_search_index';

export const migrations = [
  {
    up: migration_20261125_023221_initial.up,
    down: migration_20261125_023221_initial.down,
    name: '20261125_023221_initial',
  },
  {
    up: migration_20261125_033453_search_index.up,
    down: migration_20261125_033453_search_index.down,
    name: '20261125_033453_search_index'
  },
];
