import * as migration_20261125_074521_initial from './20261125_074521_initial';

export const migrations = [
  {
    up: migration_20261125_074521_initial.up,
    down: migration_20261125_074521_initial.down,
    name: '20261125_074521_initial'
  },
];
