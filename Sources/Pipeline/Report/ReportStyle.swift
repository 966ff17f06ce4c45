/// The shared page frame: inline CSS and script, no network resources, Chinese fonts from the system.
enum ReportStyle {
    static func page(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTML.escape(title)) · hetong</title><style>\(css)</style></head>
        <body>\(body)<script>\(script)</script></body></html>

        """
    }

    static let css = """
    body{font-family:"Noto Sans CJK SC","Noto Sans SC","PingFang SC","Microsoft YaHei",sans-serif;margin:0;padding:0 1.5rem 2rem;color:#1d2329;background:#fafafa}
    h1{font-size:1.4rem;margin:.6rem 0 .2rem}h2{font-size:1.05rem;margin:1rem 0 .4rem}
    .path{color:#666;font-size:.85rem;margin:0}
    .split{display:grid;grid-template-columns:minmax(22rem,34%) 1fr;gap:1.5rem;height:calc(100vh - 7rem)}
    .split>aside,.split>main{overflow:auto;padding-bottom:2rem}
    table{border-collapse:collapse;width:100%;font-size:.9rem;background:#fff}
    th,td{border:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}
    th{background:#f0f2f4;white-space:nowrap}
    .fields th{width:7rem}
    .loc{color:#999;font-size:.75rem}
    pre{white-space:pre-wrap;word-break:break-all;font-family:inherit;line-height:1.7;background:#fff;border:1px solid #e3e3e3;padding:1rem;margin:0 0 1rem}
    .page-no{font-size:.8rem;color:#888;margin:.6rem 0 .2rem}
    mark{background:#e8f0fe;border-radius:2px}
    mark.field{background:#d2e3fc}
    mark.money{background:#ceead6}
    mark.installment{background:#fde9b7}
    mark.penalty{background:#f3e1f7}
    mark.invalid{background:#fad2cf;text-decoration:underline wavy #c5221f}
    mark.evidence{outline:2px solid #f29900}
    mark.evidence.error{outline:2px solid #d93025;background:#fce8e6}
    mark.flash{animation:flash 1.6s ease-out}
    @keyframes flash{0%{box-shadow:0 0 0 6px #fbbc04}100%{box-shadow:0 0 0 0 transparent}}
    .findings{padding-left:1.2rem}.finding{margin:.35rem 0;font-size:.9rem}
    .sev{display:inline-block;font-size:.7rem;padding:0 .35rem;border-radius:3px;color:#fff;background:#5f6368}
    .error .sev{background:#d93025}.warning .sev{background:#f29900}.info .sev{background:#1a73e8}
    .failed{color:#d93025;font-weight:bold}.none{color:#188038}
    .summary{display:flex;gap:1rem;flex-wrap:wrap}.card{background:#fff;border:1px solid #ddd;padding:.6rem 1rem;border-radius:6px}
    .card b{display:block;font-size:1.5rem}
    th.sortable{cursor:pointer}th.sortable:after{content:" ⇅";color:#aaa}
    td.num{text-align:right;font-variant-numeric:tabular-nums}
    a{color:#1a55b8;text-decoration:none}a:hover{text-decoration:underline}
    """

    static let script = """
    function focusMark(id){
      var el=id&&document.getElementById(id);if(!el)return false;
      var m=el;while(m&&m.tagName!=='MARK')m=m.nextElementSibling;if(!m)m=el;
      m.scrollIntoView({block:'center'});m.classList.remove('flash');void m.offsetWidth;m.classList.add('flash');
      document.querySelectorAll('[data-focused]').forEach(function(x){x.removeAttribute('data-focused');});
      m.setAttribute('data-focused','true');return true;
    }
    document.addEventListener('click',function(e){
      var a=e.target.closest('a.jump');if(!a)return;var id=(a.getAttribute('href')||'').slice(1);
      if(focusMark(id)){e.preventDefault();history.replaceState(null,'','#'+id);}
    });
    if(location.hash)focusMark(decodeURIComponent(location.hash.slice(1)));
    document.querySelectorAll('th.sortable').forEach(function(th){
      th.addEventListener('click',function(){
        var table=th.closest('table'),body=table.tBodies[0],i=Array.prototype.indexOf.call(th.parentNode.children,th);
        var asc=th.dataset.dir!=='asc';th.dataset.dir=asc?'asc':'desc';
        var rows=Array.prototype.slice.call(body.rows);
        rows.sort(function(a,b){var x=a.cells[i].dataset.sort,y=b.cells[i].dataset.sort;
          var nx=parseFloat(x),ny=parseFloat(y);var c=(!isNaN(nx)&&!isNaN(ny))?nx-ny:String(x).localeCompare(String(y),'zh');
          return asc?c:-c;});
        rows.forEach(function(r){body.appendChild(r);});
      });
    });
    """
}
