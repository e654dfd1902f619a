import * as migration_20261125_080053_initial from './20261125_080053_initial';

export const migrations = [
  {
    up: migration_20261125_080053_initial.up,
    down: migration_20261125_080053_initial.down,
    name: '20261125_080053_initial'
  },
];
