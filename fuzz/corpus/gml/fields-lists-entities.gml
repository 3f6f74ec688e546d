Creator "wijknet fuzz seed"
# a comment line
graph [
  directed 1
  multigraph 1
  node [ id 1 label "Anna &amp; Cor &#233;" soort "bewoner" sector "familie" x 155000 y 463000 crs "EPSG:28992"
    graphics [ x 1.5 y -2e3 fill "#ff0000" ] tag "a" tag "b" ]
  node [ id "2" name "Wijkteam" kind "professional" ]
  edge [ source 1 target "2" sterkte "sterk" since "2024-03-01" weight 2 id "e1" ]
  edge [ source 2 target 2 ]
]
