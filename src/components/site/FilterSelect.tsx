type Props<T extends string | number> = {
  label: string
  name: string
  /** The value in force, or undefined for "any". */
  value: T | undefined
  options: readonly T[]
  anyLabel: string
  optionLabel?: (value: T) => string
}

/** One filter of a plain GET form: a labelled select whose first option means "any". */
export function FilterSelect<T extends string | number>({
  label,
  name,
  value,
  options,
  anyLabel,
  optionLabel = String,
}: Props<T>) {
  return (
    <label>
      {label}
      <select name={name} defaultValue={value === undefined ? '' : String(value)}>
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {optionLabel(option)}
          </option>
        ))}
      </select>
    </label>
  )
}
