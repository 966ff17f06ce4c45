"""The seed contracts: id, short name (after the content), title lines and page header.

`header_parts`: the running header in two parts (title at the left, project at the right) of the extra PDF
renderings; `header_second_line`: the left part of the second header line of the two-line rendering (its right
part is 第 X 页 共 Y 页)."""

SEEDS = [
    {
        "seed": "000_9fb00753f40daf59",
        "name": "zongzhi-yunwei-2025",
        "title_lines": ["采购合同"],
        "header": "采购合同 · 综治中心信息系统运行维护费",
        "header_parts": ("采购合同", "综治中心信息系统运行维护费"),
        "header_second_line": "采购编号：ZZ-2025-0117",
        "description": "北京市交通综合治理事务中心 × 太极计算机股份有限公司，综治中心信息系统运行维护，2025",
    },
    {
        "seed": "001_c648c82cf455f662",
        "name": "yingji-yewu-yunwei-2022",
        "title_lines": ["信息化基础运维服务项目", "--2022 年业务系统运维项目合同"],
        "header": "信息化基础运维服务项目--2022 年业务系统运维项目合同",
        "header_parts": ("业务系统运维项目合同", "信息化基础运维服务项目"),
        "header_second_line": "北京市应急指挥保障中心",
        "description": "北京市应急指挥保障中心 × 太极计算机股份有限公司，2022 年业务系统运维",
    },
    {
        "seed": "002_0ad458b6bd88bf67",
        "name": "jingxin-pingtai-yunwei",
        "title_lines": ["北京市经济和信息化局综合事务中心 运维服务合同"],
        "header": "北京市经济和信息化局综合事务中心 运维服务合同",
        "header_parts": ("运维服务合同", "中小企业公共服务平台枢纽平台系统运维"),
        "header_second_line": "项目编号：JX-YW-0342",
        "description": "北京市经济和信息化局综合事务中心 × 太极计算机股份有限公司，中小企业公共服务平台枢纽平台系统运维",
    },
]
