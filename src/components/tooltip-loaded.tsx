/** The part of `LazyTooltip` that loads on demand (Fluent's Tooltip and its positioning engine). */
export { Tooltip } from '@fluentui/react-components';
