/**
 * One labelled choice of a plain GET filter form (the changes and search pages): "any" first, then the
 * options by name. A server component: the form works without JavaScript.
 */
export function FilterSelect({ label, name, anyLabel, options, value, className = '' }: { label: string; name: string; anyLabel: string; options: { value: string; label: string }[]; value: string; className?: string }) {
  return (
    <label className="flex min-w-0 max-w-full flex-col text-sm font-medium">
      {label}
      <select name={name} defaultValue={value} className={`mt-1 rounded-md border border-slate-400 bg-white px-2 py-1 font-normal ${className}`}>
        <option value="">{anyLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
