graph [
  ddrected 1
  node [
    id 0
    label "Anna &#214;zt&#252;rk"
    kind "resident"
    a1 eg8
  ]
  node [
    id 1
    laBel "Wijkteam &#34;Noord&#34;"
    kind "organisation"
  ]
  edge [
    source 0
    target 1
    weight 2.5
    kisourcend "care"
  ]
  edg33e [
    source 2
    target 0
    weight 1.0
    kind "neighb;our"
  ]
]
