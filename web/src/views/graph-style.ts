import type cytoscape from 'cytoscape';

/** Cytoscape's stylesheet: node colour by entity type, edge colour by fact kind (set as data by the view). */
export function graphStyle(): cytoscape.StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(color)', label: 'data(label)', width: 'data(size)', height: 'data(size)',
        'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 4, color: '#222',
        'text-wrap': 'ellipsis', 'text-max-width': '140px', 'text-background-color': '#fff', 'text-background-opacity': 0.7,
      },
    },
    { selector: 'node.centre', style: { 'border-width': 4, 'border-color': '#111', 'font-weight': 'bold' } },
    { selector: 'node.expanded', style: { 'border-width': 2, 'border-color': '#555' } },
    {
      selector: 'edge',
      style: { width: 2, 'line-color': 'data(color)', 'curve-style': 'bezier', opacity: 0.85 },
    },
    { selector: 'edge:selected', style: { label: 'data(label)', 'font-size': 9, width: 4 } },
  ];
}
