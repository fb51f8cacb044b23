"""Addresses read into province → city → district by the shipped GB/T 2260 table."""

from __future__ import annotations

import pytest

from disputekit.divisions_data import load_divisions
from disputekit.domain.legal.divisions import Place, parse_table


@pytest.mark.parametrize(
    ("address", "place"),
    [
        ("上海市黄浦区北京东路1号", Place("上海市", "上海市", "黄浦区")),
        ("南京市鼓楼区广州路8号", Place("江苏省", "南京市", "鼓楼区")),
        ("中国浙江省杭州市余杭区文一西路969号", Place("浙江省", "杭州市", "余杭区")),
        ("杭州西湖区文三路100号", Place("浙江省", "杭州市", "西湖区")),  # short city name
        ("广西南宁市青秀区民族大道1号", Place("广西壮族自治区", "南宁市", "青秀区")),
        ("江苏省昆山市前进西路1号", Place("江苏省", "苏州市", "昆山市")),  # city skipped
        ("吉林市船营区某路1号", Place("吉林省", "吉林市", "船营区")),
        ("河南省济源市某路1号", Place("河南省", None, "济源市")),  # governed by the province
        ("重庆市城口县某路1号", Place("重庆市", "重庆市", "城口县")),
        # What the address does not say stays unknown.
        ("浙江省宁波市杭州湾新区滨海二路1号", Place("浙江省", "宁波市", None)),
        ("广东省东莞市南城街道1号", Place("广东省", "东莞市", None)),
        ("朝阳区某路1号", Place()),  # Beijing or Changchun
        ("北京路1号", Place()),  # a street, not the city
        ("杭州湾新区1号", Place()),
        ("", Place()),
    ],
)
def test_addresses_are_read_into_divisions(address, place):
    assert load_divisions().read(address) == place


def test_the_table_is_gb2260_codes_and_names():
    table = load_divisions()
    assert table.names["310101"] == "黄浦区" and table.names["320106"] == "鼓楼区"
    assert all(len(code) == 6 and code.isdigit() for code in table.names)
    assert not any(code[4] == "7" for code in table.districts)  # statistics-only units


def test_a_table_given_as_text_is_read_by_its_rows():
    table = parse_table("code\tname\n330000\t浙江省\n330100\t杭州市\n330106\t西湖区\n")
    assert table.read("浙江省杭州市西湖区") == Place("浙江省", "杭州市", "西湖区")
    assert table.read("上海市黄浦区") == Place()
